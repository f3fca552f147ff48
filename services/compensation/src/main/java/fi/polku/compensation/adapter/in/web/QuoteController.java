package fi.polku.compensation.adapter.in.web;

import fi.polku.compensation.adapter.in.web.CompensationRequests.QuoteRequest;
import fi.polku.compensation.application.CompensationSchedules;
import fi.polku.compensation.domain.Residence;
import fi.polku.kit.security.PolkuUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Quotes of the calculated compensation: what a person brings a municipality and its county, month by month. */
@RestController
@Validated
@RequestMapping("/api/v1/compensation/quotes")
@PreAuthorize("hasAnyRole('COMPENSATION_OFFICER', 'MUNICIPALITY_OFFICER')")
@Tag(name = "Quotes", description = "The calculated compensation (laskennallinen korvaus) of a person, month by month")
class QuoteController {

    private final CompensationSchedules schedules;

    QuoteController(CompensationSchedules schedules) {
        this.schedules = schedules;
    }

    @PostMapping
    @Operation(summary = "Quote the monthly compensation of a person from their residence history",
            description = "A month is paid when its first day lies in the period; it goes to the municipality of "
                    + "residence on that day and is withheld when the municipality has no agreement or no integration "
                    + "programme in force then. Amounts in cents. Municipality officers may quote only for persons "
                    + "who live or lived in their municipality.")
    @ApiResponse(responseCode = "200", description = "The monthly lines and their payable totals")
    @ApiResponse(responseCode = "400", description = "Invalid request (problem details with the fields)")
    @ApiResponse(responseCode = "403", description = "Not your municipality")
    ScheduleView quote(@Valid @RequestBody QuoteRequest request, PolkuUser user) {
        List<Residence> residences = request.residences().stream()
                .map(r -> new Residence(r.municipality(), r.from())).toList();
        MunicipalityScope.requireConcerns(user, residences.stream().map(Residence::municipality).toList());
        return ScheduleView.of(schedules.quote(request.birthDate(), request.group(), residences));
    }
}
