package fi.polku.localstack;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Who a household is, as far as the path cares: its members (the applicant first), their languages and the needs the
 * placement application or the quota intake declares. The journeys register exactly these people.
 */
public record HouseholdProfile(List<Member> members, List<String> languages, boolean socialOrHealthCareNeeds,
                               boolean accessibility) {

    /** A large family, in the application's sense: three children or more. */
    static final int LARGE_FAMILY_CHILDREN = 3;

    public record Member(String firstNames, LocalDate birthDate, String relationship) {

        public Member {
            Objects.requireNonNull(birthDate, "birthDate");
            Objects.requireNonNull(relationship, "relationship");
        }
    }

    public HouseholdProfile {
        if (members.isEmpty() || !members.get(0).relationship().equals("APPLICANT")) {
            throw new IllegalArgumentException("A household starts with its applicant");
        }
        members = List.copyOf(members);
        languages = List.copyOf(languages);
    }

    /** The demo's family: one parent born 1988 and {@code children} school-age children, Arabic speakers. */
    public static HouseholdProfile demoFamily(int children) {
        List<Member> members = new java.util.ArrayList<>();
        members.add(new Member("Amal", LocalDate.of(1988, 4, 12), "APPLICANT"));
        for (int i = 0; i < children; i++) {
            members.add(new Member("Child", LocalDate.of(2012 + i, 9, i % 9 + 1), "CHILD"));
        }
        return new HouseholdProfile(members, List.of("ar"), false, false);
    }

    /** The quota family the system test uses: a parent and a small child, Somali speakers. */
    public static HouseholdProfile quotaFamily() {
        return new HouseholdProfile(List.of(new Member("", LocalDate.of(1986, 5, 5), "APPLICANT"),
                new Member("", LocalDate.of(2020, 1, 10), "CHILD")), List.of("so"), false, false);
    }

    public int children() {
        return (int) members.stream().filter(m -> m.relationship().equals("CHILD")).count();
    }

    public boolean largeFamily() {
        return children() >= LARGE_FAMILY_CHILDREN;
    }

    public int size() {
        return members.size();
    }
}
