package fi.polku.placement.adapter.in.web;

import fi.polku.kit.security.PolkuUser;
import fi.polku.kit.security.Role;
import fi.polku.placement.domain.RegionalAuthorities;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A coordinator acts for a regional authority: the regions it serves are their scope, not only the one region
 * their token names. Other roles are checked elsewhere.
 */
@Component
class RegionScope {

    private final RegionalAuthorities authorities;

    RegionScope(RegionalAuthorities authorities) {
        this.authorities = authorities;
    }

    void require(PolkuUser user, String region) {
        if (user.has(Role.PLACEMENT_COORDINATOR) && !authorities.sameAuthority(user.region().orElse(null), region)) {
            throw new AccessDeniedException("Not your region");
        }
    }

    /** The regions the coordinator may see; operators name one with {@code requested}. */
    List<String> regions(PolkuUser user, String requested) {
        if (user.has(Role.PLACEMENT_COORDINATOR)) {
            String own = user.region().orElseThrow(() -> new AccessDeniedException("No region in the token"));
            if (requested != null) {
                require(user, requested);
                return List.of(requested);
            }
            return authorities.regionsWith(own);
        }
        if (requested == null) {
            throw new AccessDeniedException("Name a region");
        }
        return authorities.regionsWith(requested);
    }
}
