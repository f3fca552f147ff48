package fi.polku.compensation.adapter.in.web;

import fi.polku.compensation.adapter.in.web.PaymentRequests.RunRequest;
import fi.polku.compensation.adapter.in.web.PaymentViews.LineView;
import fi.polku.compensation.adapter.in.web.PaymentViews.ProposalView;
import fi.polku.compensation.adapter.in.web.PaymentViews.RunView;
import fi.polku.compensation.application.PaymentProposals;
import fi.polku.compensation.application.PaymentProposals.Proposal;
import fi.polku.compensation.application.PaymentRuns;
import fi.polku.compensation.domain.LineStatus;
import fi.polku.compensation.domain.payment.PaymentLine;
import fi.polku.compensation.domain.payment.PaymentRun;
import fi.polku.compensation.domain.payment.ProposalSummary;
import fi.polku.kit.security.PolkuUser;
import fi.polku.kit.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

/** The monthly payment runs and their payment proposals: KEHA runs and reads them, a municipality reads its own. */
@RestController
@Validated
@RequestMapping("/api/v1/compensation/payment-runs")
@PreAuthorize("hasAnyRole('COMPENSATION_OFFICER', 'MUNICIPALITY_OFFICER')")
@Tag(name = "Payment runs", description = "Monthly payment runs: one payment proposal per municipality and county")
class PaymentRunController {

    private final PaymentRuns runs;
    private final PaymentProposals proposals;

    PaymentRunController(PaymentRuns runs, PaymentProposals proposals) {
        this.runs = runs;
        this.proposals = proposals;
    }

    @PostMapping
    @PreAuthorize("hasRole('COMPENSATION_OFFICER')")
    @Operation(summary = "Run a month: pay its calculated compensation, correct earlier months, pay approved claims",
            description = "Idempotent: the run's id derives from the month, and a month that was run answers 200 with "
                    + "the same run. Runs go forward: a change to a month already run is paid as an ADJUSTMENT line "
                    + "of the next run. The month must have begun.")
    @ApiResponse(responseCode = "201", description = "The run was written now")
    @ApiResponse(responseCode = "200", description = "The month had been run: nothing changed")
    @ApiResponse(responseCode = "409", description = "A later month was run, or a run is unfinished or in progress")
    ResponseEntity<RunView> run(@Valid @RequestBody RunRequest request, PolkuUser user) {
        PaymentRuns.Outcome outcome = runs.run(YearMonth.parse(request.month()), user.subject());
        RunView view = RunView.of(outcome.run(), outcome.run().proposals());
        return outcome.created()
                ? ResponseEntity.created(URI.create("/api/v1/compensation/payment-runs/" + request.month())).body(view)
                : ResponseEntity.ok(view);
    }

    @GetMapping
    @PreAuthorize("hasRole('COMPENSATION_OFFICER')")
    @Operation(summary = "All payment runs, latest first, without their proposals")
    List<RunView> list() {
        return runs.all().stream().map(r -> RunView.of(r, List.of())).toList();
    }

    @GetMapping("/{month}")
    @PreAuthorize("hasRole('COMPENSATION_OFFICER')")
    @Operation(summary = "One payment run with all its proposals")
    @ApiResponse(responseCode = "404", description = "The month has not been run")
    RunView get(@PathVariable @Pattern(regexp = PaymentRequests.MONTH) String month) {
        PaymentRun run = runs.get(YearMonth.parse(month));
        return RunView.of(run, run.proposals());
    }

    @GetMapping("/{month}/proposals")
    @Operation(summary = "The payment proposals of a run, optionally of one municipality")
    @ApiResponse(responseCode = "403", description = "Not your municipality")
    List<ProposalView> proposals(@PathVariable @Pattern(regexp = PaymentRequests.MONTH) String month,
                                 @RequestParam(required = false)
                                 @Pattern(regexp = CompensationRequests.MUNICIPALITY_CODE) String municipality,
                                 PolkuUser user) {
        if (user.has(Role.MUNICIPALITY_OFFICER)) {
            if (municipality == null) {
                throw new AccessDeniedException("A municipality officer asks for their own municipality");
            }
            user.requireMunicipalityScope(municipality);
        }
        PaymentRun run = runs.get(YearMonth.parse(month));
        return visible(run, user).stream()
                .filter(p -> municipality == null || p.payee().isMunicipality(municipality))
                .map(p -> ProposalView.of(run, p)).toList();
    }

    @GetMapping("/{month}/proposals/{proposalId}")
    @Operation(summary = "One payment proposal's totals")
    @ApiResponse(responseCode = "403", description = "Not your municipality's proposal")
    ProposalView proposal(@PathVariable @Pattern(regexp = PaymentRequests.MONTH) String month,
                          @PathVariable String proposalId, PolkuUser user) {
        Proposal proposal = scoped(month, proposalId, user);
        return ProposalView.of(proposal.run(), proposal.summary());
    }

    @GetMapping("/{month}/proposals/{proposalId}/lines")
    @Operation(summary = "A page of a proposal's lines, optionally only PAYABLE or WITHHELD ones")
    List<LineView> lines(@PathVariable @Pattern(regexp = PaymentRequests.MONTH) String month,
                         @PathVariable String proposalId, @RequestParam(required = false) LineStatus status,
                         @RequestParam(defaultValue = "0") @Min(0) int page,
                         @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size, PolkuUser user) {
        Proposal proposal = scoped(month, proposalId, user);
        return proposals.lines(proposal, status, page, size).stream().map(LineView::of).toList();
    }

    @GetMapping("/{month}/proposals/{proposalId}/lines.csv")
    @Operation(summary = "A proposal's lines as CSV (text/csv): pseudonymous ids, cents and euros")
    @ApiResponse(responseCode = "200", description = "The CSV", content = @Content(mediaType = "text/csv"))
    void csv(@PathVariable @Pattern(regexp = PaymentRequests.MONTH) String month, @PathVariable String proposalId,
             PolkuUser user, HttpServletResponse response) throws IOException {
        Proposal proposal = scoped(month, proposalId, user);
        response.setStatus(HttpStatus.OK.value());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"payment-proposal-" + month + "-"
                + proposal.summary().proposalId() + ".csv\"");
        try (Stream<PaymentLine> lines = proposals.all(proposal);
             Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            ProposalCsv.write(proposal, lines.iterator(), out);
        }
    }

    private Proposal scoped(String month, String proposalId, PolkuUser user) {
        Proposal proposal = proposals.proposal(YearMonth.parse(month), proposalId);
        ProposalScope.require(user, proposal.summary().payee());
        return proposal;
    }

    private static List<ProposalSummary> visible(PaymentRun run, PolkuUser user) {
        return run.proposals().stream().filter(p -> ProposalScope.visible(user, p.payee())).toList();
    }
}
