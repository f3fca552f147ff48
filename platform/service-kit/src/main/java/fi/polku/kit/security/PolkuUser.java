package fi.polku.kit.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The caller, from a verified JWT: who (subject), in which roles, and scoped to which reception centre, region or
 * municipality. Scope checks throw {@link AccessDeniedException} (403).
 */
public record PolkuUser(String subject, Set<Role> roles, Optional<String> receptionCentre, Optional<String> region,
                        Optional<String> municipality) {

    public static final String ROLES = "roles";
    public static final String RECEPTION_CENTRE = "reception_centre";
    public static final String REGION = "region";
    public static final String MUNICIPALITY = "municipality";

    public static PolkuUser from(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Collection<String> claimed = Optional.ofNullable(jwt.getClaimAsStringList(ROLES)).orElse(List.of());
        for (String role : claimed) {
            for (Role known : Role.values()) {
                if (known.name().equals(role)) {
                    roles.add(known);
                }
            }
        }
        return new PolkuUser(jwt.getSubject(), roles, Optional.ofNullable(jwt.getClaimAsString(RECEPTION_CENTRE)),
                Optional.ofNullable(jwt.getClaimAsString(REGION)),
                Optional.ofNullable(jwt.getClaimAsString(MUNICIPALITY)));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Allows a municipality officer only for their own municipality; other roles pass (their rules are elsewhere). */
    public void requireMunicipalityScope(String municipalityCode) {
        if (has(Role.MUNICIPALITY_OFFICER) && !municipality.map(municipalityCode::equals).orElse(false)) {
            throw new AccessDeniedException("Not your municipality");
        }
    }

    public void requireReceptionCentreScope(String receptionCentreId) {
        if (has(Role.RECEPTION_STAFF) && !receptionCentre.map(receptionCentreId::equals).orElse(false)) {
            throw new AccessDeniedException("Not your reception centre");
        }
    }

    public void requireRegionScope(String regionCode) {
        if (has(Role.PLACEMENT_COORDINATOR) && !region.map(regionCode::equals).orElse(false)) {
            throw new AccessDeniedException("Not your region");
        }
    }
}
