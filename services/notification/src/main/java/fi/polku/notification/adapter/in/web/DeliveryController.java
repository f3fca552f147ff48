package fi.polku.notification.adapter.in.web;

import fi.polku.kit.security.PolkuUser;
import fi.polku.notification.application.Deliveries;
import fi.polku.notification.domain.DeliveryStatus;
import fi.polku.notification.domain.Recipient;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;

/**
 * Webhook and e-mail deliveries: operators see every recipient's (failed ones by default) and re-send failed ones;
 * a recipient's own officers see and re-send theirs, e.g. after fixing their endpoint. Re-sending changes no
 * record of the workflow, so operators, otherwise read-only, may do it.
 */
@RestController
@Validated
@RequestMapping("/api/v1/deliveries")
@PreAuthorize("hasAnyRole('OPERATOR', 'MUNICIPALITY_OFFICER', 'RECEPTION_STAFF', 'PLACEMENT_COORDINATOR')")
@Tag(name = "Deliveries", description = "Webhook and e-mail deliveries, their history, and re-sending failed ones")
class DeliveryController {

    private final Deliveries deliveries;

    DeliveryController(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping
    @Operation(summary = "Deliveries in a status (FAILED by default), newest first")
    List<DeliveryView> list(@Parameter(hidden = true) PolkuUser user,
                            @RequestParam(defaultValue = "FAILED") DeliveryStatus status,
                            @Parameter(description = "Only this recipient's (operators)", example = "municipality:091")
                            @RequestParam(required = false) String recipient,
                            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Optional<Recipient> scope = Callers.scope(user);
        if (recipient != null) {
            Recipient asked = Recipient.parse(recipient);
            Callers.requireOwn(user, asked, true);
            scope = Optional.of(asked);
        }
        return deliveries.list(status, scope, page, size).stream().map(DeliveryView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One delivery with its history", responses = {
            @ApiResponse(responseCode = "200", description = "The delivery"),
            @ApiResponse(responseCode = "404", description = "No such delivery visible to the caller")})
    DeliveryView get(@PathVariable String id, @Parameter(hidden = true) PolkuUser user) {
        return DeliveryView.of(deliveries.get(id, Callers.scope(user)));
    }

    @PostMapping("/{id}/resend")
    @Operation(summary = "Send a failed delivery again, with the same idempotency key", responses = {
            @ApiResponse(responseCode = "200", description = "Queued again (PENDING)"),
            @ApiResponse(responseCode = "404", description = "No such delivery visible to the caller"),
            @ApiResponse(responseCode = "409", description = "The delivery has not failed")})
    DeliveryView resend(@PathVariable String id, @Parameter(hidden = true) PolkuUser user) {
        return DeliveryView.of(deliveries.resend(id, Callers.scope(user)));
    }
}
