package fi.polku.compensation.adapter.in.web;

import fi.polku.compensation.adapter.in.web.PaymentViews.TotalsView;
import fi.polku.compensation.application.CompensationReports;
import fi.polku.compensation.application.CompensationReports.MunicipalityYear;
import fi.polku.kit.security.PolkuUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Reports of what the payment runs paid. */
@RestController
@Validated
@RequestMapping("/api/v1/compensation/reports")
@PreAuthorize("hasAnyRole('COMPENSATION_OFFICER', 'MUNICIPALITY_OFFICER')")
@Tag(name = "Reports", description = "What the payment runs paid, by month and line type")
class ReportController {

    record MonthView(String month, String proposalId, TotalsView payable, long payableCents, long withheldCents,
                     int lineCount) {
    }

    record MunicipalityYearView(String municipality, int year, List<MonthView> months, TotalsView payable,
                                long payableCents, long withheldCents) {

        static MunicipalityYearView of(MunicipalityYear r) {
            return new MunicipalityYearView(r.municipality(), r.year(), r.months().stream()
                    .map(m -> new MonthView(m.month().toString(), m.proposalId(), TotalsView.of(m.payable()),
                            m.payable().totalCents(), m.withheldCents(), m.lineCount())).toList(),
                    TotalsView.of(r.payable()), r.payable().totalCents(), r.withheldCents());
        }
    }

    private final CompensationReports reports;

    ReportController(CompensationReports reports) {
        this.reports = reports;
    }

    @GetMapping("/municipalities/{municipality}/{year}")
    @Operation(summary = "A municipality's year: the payment runs' totals by month and line type, in cents")
    @ApiResponse(responseCode = "403", description = "Not your municipality")
    MunicipalityYearView municipalityYear(@PathVariable @Pattern(regexp = CompensationRequests.MUNICIPALITY_CODE)
                                          String municipality, @PathVariable @Min(2000) @Max(2100) int year,
                                          PolkuUser user) {
        user.requireMunicipalityScope(municipality);
        return MunicipalityYearView.of(reports.municipalityYear(municipality, year));
    }
}
