package fi.polku.placement.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which regional authority (an elinvoimakeskus from 1.1.2026, an ELY centre before) serves each region (maakunta).
 * Reference data: a coordinator of one authority handles the cases and agreements of all its regions.
 */
public final class RegionalAuthorities {

    public record Authority(String id, String name, List<String> regions) {
    }

    private final Map<String, Authority> byRegion;

    public RegionalAuthorities(List<Authority> authorities) {
        this.byRegion = authorities.stream().flatMap(a -> a.regions().stream().map(r -> Map.entry(r, a)))
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public Optional<Authority> ofRegion(String regionCode) {
        return Optional.ofNullable(byRegion.get(regionCode));
    }

    /** Whether a coordinator whose scope is {@code coordinatorRegion} may act on {@code region}. */
    public boolean sameAuthority(String coordinatorRegion, String region) {
        if (coordinatorRegion == null || region == null) {
            return false;
        }
        return coordinatorRegion.equals(region) || ofRegion(coordinatorRegion).map(Authority::id)
                .equals(ofRegion(region).map(Authority::id));
    }

    /** All regions served by the authority that serves {@code regionCode}. */
    public List<String> regionsWith(String regionCode) {
        return ofRegion(regionCode).map(Authority::regions).orElse(List.of(regionCode));
    }
}
