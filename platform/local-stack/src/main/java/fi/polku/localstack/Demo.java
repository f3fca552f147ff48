package fi.polku.localstack;

import fi.polku.testkit.TestUser;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** Demo traffic: households walk the whole path through the public APIs while the console shows their progress. */
final class Demo {

    /** Municipality, its region, and the reception centre its households come from. */
    private record Route(String municipality, String region, String receptionCentre) {
    }

    private static final List<Route> ROUTES = List.of(
            new Route("179", "13", "rc-oulu"),       // Jyväskylä
            new Route("564", "17", "rc-oulu"),       // Oulu
            new Route("837", "06", "rc-tampere"),    // Tampere
            new Route("091", "01", "rc-helsinki"));  // Helsinki

    private final Journey journey;

    Demo(Endpoints endpoints, TokenIssuer issuer) {
        Function<TestUser, String> tokens = user -> issuer.token(LocalUsers.nameOf(user));
        this.journey = new Journey(endpoints, tokens, Duration.ofSeconds(60));
    }

    void run(int households) {
        System.out.println("\nDemo: " + households + " households from reception to municipality"
                + " (watch them move in the operator console)");
        for (Route route : ROUTES) {
            journey.ensureAgreement(route.municipality(), route.region(), 100_000);
        }
        Instant start = Instant.now();
        for (int i = 1; i <= households; i++) {
            Route route = ROUTES.get((i - 1) % ROUTES.size());
            Instant began = Instant.now();
            Journey.Result result = journey.assistedPlacement(route.receptionCentre(), route.municipality(), i % 4);
            System.out.printf("  %3d/%d household %s (%d people) -> %s settled, compensated, informed in %d ms%n",
                    i, households, result.householdId().substring(0, 8), result.personIds().size(),
                    result.municipality(), Duration.between(began, Instant.now()).toMillis());
        }
        System.out.printf("Demo done: %d households in %.1f s%n", households,
                Duration.between(start, Instant.now()).toMillis() / 1000.0);
    }
}
