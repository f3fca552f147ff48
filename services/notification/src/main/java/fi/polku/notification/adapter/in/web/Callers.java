package fi.polku.notification.adapter.in.web;

import fi.polku.kit.security.PolkuUser;
import fi.polku.kit.security.Role;
import fi.polku.notification.domain.Recipient;
import org.springframework.security.access.AccessDeniedException;

import java.util.Optional;

/** Which recipient a caller speaks for, from the scope claim of their role; never from the request. */
final class Callers {

    private Callers() {
    }

    /** The caller's own recipient: their municipality, reception centre or region; 403 if they have none. */
    static Recipient own(PolkuUser user) {
        return ownIfAny(user).orElseThrow(() -> new AccessDeniedException("No recipient for this role or scope"));
    }

    static Optional<Recipient> ownIfAny(PolkuUser user) {
        if (user.has(Role.MUNICIPALITY_OFFICER)) {
            return user.municipality().map(Recipient::municipality);
        }
        if (user.has(Role.RECEPTION_STAFF)) {
            return user.receptionCentre().map(Recipient::receptionCentre);
        }
        if (user.has(Role.PLACEMENT_COORDINATOR)) {
            return user.region().map(Recipient::region);
        }
        return Optional.empty();
    }

    /** What the caller may see: everything for an operator, otherwise their own recipient only. */
    static Optional<Recipient> scope(PolkuUser user) {
        return user.has(Role.OPERATOR) ? Optional.empty() : Optional.of(own(user));
    }

    /** Allows {@code recipient} if it is the caller's own, or to an operator when {@code operatorToo}. */
    static void requireOwn(PolkuUser user, Recipient recipient, boolean operatorToo) {
        if (operatorToo && user.has(Role.OPERATOR)) {
            return;
        }
        if (!ownIfAny(user).map(recipient::equals).orElse(false)) {
            throw new AccessDeniedException("Not your recipient");
        }
    }
}
