package fi.polku.notification.adapter.in.web;

import fi.polku.kit.security.PolkuUser;
import fi.polku.notification.application.ChannelSettings;
import fi.polku.notification.application.ChannelsAccess;
import fi.polku.notification.domain.Recipient;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A recipient's channels: its own officers (municipality officers, reception staff, a region's coordinators) read
 * and change them; operators read any. Wellbeing services counties have no role in Polku yet: their channels come
 * from configuration.
 */
@RestController
@RequestMapping("/api/v1/recipients/{recipient}/channels")
@Tag(name = "Channels", description = "Where a recipient hears of its notifications besides its inbox")
class RecipientChannelsController {

    private final ChannelSettings settings;
    private final ChannelsAccess access;

    RecipientChannelsController(ChannelSettings settings, ChannelsAccess access) {
        this.settings = settings;
        this.access = access;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('MUNICIPALITY_OFFICER', 'RECEPTION_STAFF', 'PLACEMENT_COORDINATOR', 'OPERATOR')")
    @Operation(summary = "A recipient's channels and the kinds they get", responses = {
            @ApiResponse(responseCode = "200", description = "The channels (the defaults if none were set)"),
            @ApiResponse(responseCode = "403", description = "Not the caller's recipient"),
            @ApiResponse(responseCode = "404", description = "No such recipient")})
    ChannelsView get(@Parameter(example = "municipality:091") @PathVariable String recipient,
                     @Parameter(hidden = true) PolkuUser user) {
        Recipient who = Recipient.parse(recipient);
        Callers.requireOwn(user, who, true);
        var defaults = settings.defaultKinds(who);
        return access.read(who).map(c -> ChannelsView.of(c, defaults))
                .orElseGet(() -> ChannelsView.defaults(who, defaults));
    }

    @PutMapping
    @PreAuthorize("hasAnyRole('MUNICIPALITY_OFFICER', 'RECEPTION_STAFF', 'PLACEMENT_COORDINATOR')")
    @Operation(summary = "Set the recipient's webhook, e-mail addresses and kinds", responses = {
            @ApiResponse(responseCode = "200", description = "The channels as they now are"),
            @ApiResponse(responseCode = "400", description = "An invalid URL, secret, address or kind"),
            @ApiResponse(responseCode = "403", description = "Not the caller's recipient")})
    ChannelsView put(@Parameter(example = "municipality:091") @PathVariable String recipient,
                     @Valid @RequestBody ChannelsRequest request, @Parameter(hidden = true) PolkuUser user) {
        Recipient who = Recipient.parse(recipient);
        Callers.requireOwn(user, who, false);
        return ChannelsView.of(access.change(who, request.change()), settings.defaultKinds(who));
    }
}
