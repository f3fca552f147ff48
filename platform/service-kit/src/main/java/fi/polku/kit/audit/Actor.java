package fi.polku.kit.audit;

import java.util.List;

/** Who accessed personal data: the token's subject and roles, or the service itself ({@code system:<service>}). */
public record Actor(String subject, List<String> roles) {

    public Actor {
        roles = List.copyOf(roles);
    }

    public static Actor system(String service) {
        return new Actor("system:" + service, List.of("SYSTEM"));
    }
}
