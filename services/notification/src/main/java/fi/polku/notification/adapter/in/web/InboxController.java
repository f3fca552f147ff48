package fi.polku.notification.adapter.in.web;

import fi.polku.kit.security.PolkuUser;
import fi.polku.notification.application.Inbox;
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

/**
 * The caller's inbox: a municipality officer reads their municipality's notifications, reception staff their
 * reception centre's, placement coordinators their region's. The recipient comes from the token's scope, never
 * from the request.
 */
@RestController
@Validated
@RequestMapping("/api/v1/inbox")
@PreAuthorize("hasAnyRole('MUNICIPALITY_OFFICER', 'RECEPTION_STAFF', 'PLACEMENT_COORDINATOR')")
@Tag(name = "Inbox", description = "Notifications to the caller's municipality, reception centre or region")
class InboxController {

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    @Operation(summary = "List the caller's notifications, newest first, optionally only unread ones")
    List<NotificationView> list(@Parameter(hidden = true) PolkuUser user,
                                @RequestParam(defaultValue = "false") boolean unread,
                                @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return inbox.list(reader(user), unread, page, size).stream().map(NotificationView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read one notification", responses = {
            @ApiResponse(responseCode = "200", description = "The notification"),
            @ApiResponse(responseCode = "404", description = "No such notification in the caller's inbox")})
    NotificationView get(@PathVariable String id, @Parameter(hidden = true) PolkuUser user) {
        return NotificationView.of(inbox.get(id, reader(user)));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark a notification read; marking it again keeps the first time", responses = {
            @ApiResponse(responseCode = "200", description = "The notification, read"),
            @ApiResponse(responseCode = "404", description = "No such notification in the caller's inbox")})
    NotificationView markRead(@PathVariable String id, @Parameter(hidden = true) PolkuUser user) {
        return NotificationView.of(inbox.markRead(id, reader(user)));
    }

    /** Whose inbox the caller reads, from the scope claim of their role. */
    static Recipient reader(PolkuUser user) {
        return Callers.own(user);
    }
}
