package fi.polku.compensation.adapter.in.web;

import fi.polku.kit.security.PolkuUser;

import java.util.Collection;

/** A municipality officer sees what concerns their own municipality: a person who lives or lived there. */
final class MunicipalityScope {

    private MunicipalityScope() {
    }

    static void requireConcerns(PolkuUser user, Collection<String> municipalities) {
        String code = user.municipality().filter(municipalities::contains)
                .orElse(municipalities.stream().findFirst().orElse(""));
        user.requireMunicipalityScope(code);
    }
}
