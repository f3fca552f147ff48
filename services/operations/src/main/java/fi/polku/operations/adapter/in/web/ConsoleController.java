package fi.polku.operations.adapter.in.web;

import fi.polku.operations.application.Console;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON behind the operator console page. Operators and placement coordinators read it; it holds pseudonymous
 * ids, stages, municipality codes and times only.
 */
@RestController
@RequestMapping("/api/v1/console")
@Tag(name = "console", description = "The operator console: where every household is on the path")
@PreAuthorize("hasAnyRole('OPERATOR', 'PLACEMENT_COORDINATOR')")
class ConsoleController {

    private final Console console;

    ConsoleController(Console console) {
        this.console = console;
    }

    @GetMapping("/overview")
    @Operation(summary = "Households by stage, cases past their target, places by region, dead letters and failed "
            + "notifications")
    Console.Overview overview() {
        return console.overview();
    }

    @GetMapping("/households/{id}")
    @Operation(summary = "One household's stage and timeline, by household id or placement case id")
    Console.HouseholdTimeline household(@PathVariable String id) {
        return console.household(id);
    }
}
