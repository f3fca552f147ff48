package fi.polku.bench;

import fi.polku.localstack.HouseholdProfile;
import fi.polku.localstack.HouseholdProfile.Member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates households of a realistic composition, reproducibly from a seed. The shares are assumptions written down
 * in this module's README (DOMAIN.md gives the routes and the quota's size, not the mix of households); every share is
 * a constant here so that the report can print what it ran with.
 */
public final class HouseholdMix {

    /** How a household walks the path. */
    public enum Route { ASSISTED, DECLINED_THEN_ACCEPTED, SELF_MOVE, QUOTA }

    /** Where a municipality's households come from: its region and the reception centre that serves it. */
    public record Destination(String municipality, String region, String receptionCentre) {
    }

    /** One household to drive: its route, its people, and the municipalities it is offered to (the last accepts). */
    public record PlannedHousehold(int number, Route route, HouseholdProfile profile, Destination destination,
                                   List<String> municipalities) {
    }

    // routes (DOMAIN.md: "a large share" move on their own; the quota is 500 a year 2024-2026)
    static final double QUOTA_SHARE = 0.15;
    static final double SELF_MOVE_SHARE = 0.35;
    /** The simulated municipality officer declines this share of first offers (no housing). */
    static final double DECLINE_SHARE = 0.10;
    // composition
    static final double SINGLE_ADULT = 0.50;
    static final double COUPLE = 0.10;
    static final double SINGLE_PARENT = 0.15; // the rest: two parents with children
    static final double[] CHILDREN = {0.35, 0.30, 0.20, 0.10, 0.05}; // 1..5 children
    static final double SOCIAL_OR_HEALTH_CARE_NEEDS = 0.15;
    static final double ACCESSIBILITY = 0.05;
    static final String[] LANGUAGES = {"ar", "ar", "ar", "so", "so", "fa", "fa", "ku", "ti", "prs"};

    private final List<Destination> destinations;
    private final Random random;
    private final LocalDate today;

    public HouseholdMix(List<Destination> destinations, long seed, LocalDate today) {
        if (destinations.size() < 2) {
            throw new IllegalArgumentException("A declined offer needs a second municipality: give two or more");
        }
        this.destinations = List.copyOf(destinations);
        this.random = new Random(seed);
        this.today = today;
    }

    public List<PlannedHousehold> households(int count) {
        List<PlannedHousehold> planned = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            planned.add(next(i + 1));
        }
        return planned;
    }

    private PlannedHousehold next(int number) {
        Destination destination = destinations.get(random.nextInt(destinations.size()));
        Route route = route();
        List<String> municipalities = route == Route.DECLINED_THEN_ACCEPTED
                ? List.of(destination.municipality(), other(destination).municipality())
                : List.of(destination.municipality());
        return new PlannedHousehold(number, route, profile(), destination, municipalities);
    }

    private Route route() {
        double r = random.nextDouble();
        if (r < QUOTA_SHARE) {
            return Route.QUOTA;
        }
        if (r < QUOTA_SHARE + SELF_MOVE_SHARE) {
            return Route.SELF_MOVE;
        }
        return random.nextDouble() < DECLINE_SHARE ? Route.DECLINED_THEN_ACCEPTED : Route.ASSISTED;
    }

    private Destination other(Destination declining) {
        Destination other;
        do {
            other = destinations.get(random.nextInt(destinations.size()));
        } while (other.equals(declining));
        return other;
    }

    HouseholdProfile profile() {
        List<Member> members = new ArrayList<>();
        members.add(new Member("Applicant", adultBirthDate(), "APPLICANT"));
        double kind = random.nextDouble();
        boolean spouse = kind >= SINGLE_ADULT && kind < SINGLE_ADULT + COUPLE
                || kind >= SINGLE_ADULT + COUPLE + SINGLE_PARENT;
        boolean children = kind >= SINGLE_ADULT + COUPLE;
        if (spouse) {
            members.add(new Member("Spouse", adultBirthDate(), "SPOUSE"));
        }
        if (children) {
            int count = pick(CHILDREN) + 1;
            for (int i = 0; i < count; i++) {
                members.add(new Member("Child", today.minusDays(1 + random.nextInt(18 * 365 - 2)), "CHILD"));
            }
        }
        String language = LANGUAGES[random.nextInt(LANGUAGES.length)];
        return new HouseholdProfile(members, List.of(language), random.nextDouble() < SOCIAL_OR_HEALTH_CARE_NEEDS,
                random.nextDouble() < ACCESSIBILITY);
    }

    /** Adults are 19-64, four in five under 46. */
    private LocalDate adultBirthDate() {
        int age = random.nextDouble() < 0.8 ? 19 + random.nextInt(27) : 46 + random.nextInt(19);
        return today.minusYears(age).minusDays(random.nextInt(365));
    }

    private int pick(double[] shares) {
        double r = random.nextDouble();
        double sum = 0;
        for (int i = 0; i < shares.length; i++) {
            sum += shares[i];
            if (r < sum) {
                return i;
            }
        }
        return shares.length - 1;
    }

    /** The assumptions as text, for the report. */
    public static List<String> assumptions() {
        return List.of(
                String.format("routes: quota refugees %.0f %%, self-initiated moves %.0f %%, assisted placements the rest; "
                        + "the officer declines %.0f %% of first offers (no housing) and the next municipality accepts",
                        QUOTA_SHARE * 100, SELF_MOVE_SHARE * 100, DECLINE_SHARE * 100),
                String.format("households: single adult %.0f %%, couple %.0f %%, single parent with children %.0f %%, "
                        + "two parents with children %.0f %%; 1-5 children (%s)", SINGLE_ADULT * 100, COUPLE * 100,
                        SINGLE_PARENT * 100, (1 - SINGLE_ADULT - COUPLE - SINGLE_PARENT) * 100,
                        java.util.Arrays.toString(CHILDREN)),
                "ages: adults 19-64 (four in five under 46), children 0-17, uniformly",
                String.format("needs: evident social or health-care needs %.0f %%, accessibility %.0f %%; "
                        + "large family = 3 or more children", SOCIAL_OR_HEALTH_CARE_NEEDS * 100, ACCESSIBILITY * 100),
                "languages: Arabic 30 %, Somali 20 %, Farsi 20 %, Kurdish, Tigrinya, Dari 10 % each",
                "not driven: unaccompanied minors (they need family group home agreements and a representative)");
    }
}
