package fi.polku.testkit;

import java.util.Map;

/** A person with one role and its scope claims, e.g. a municipality officer of Helsinki (091). */
public record TestUser(String subject, String role, Map<String, String> scopes) {

    public static TestUser receptionStaff(String receptionCentreId) {
        return new TestUser("staff@" + receptionCentreId, "RECEPTION_STAFF", Map.of("reception_centre", receptionCentreId));
    }

    public static TestUser coordinator(String regionCode) {
        return new TestUser("coordinator@region-" + regionCode, "PLACEMENT_COORDINATOR", Map.of("region", regionCode));
    }

    public static TestUser municipalityOfficer(String municipalityCode) {
        return new TestUser("officer@" + municipalityCode, "MUNICIPALITY_OFFICER",
                Map.of("municipality", municipalityCode));
    }

    public static TestUser compensationOfficer() {
        return new TestUser("officer@keha", "COMPENSATION_OFFICER", Map.of());
    }

    public static TestUser migriOfficer() {
        return new TestUser("officer@migri", "MIGRI_OFFICER", Map.of());
    }

    public static TestUser operator() {
        return new TestUser("operator@polku", "OPERATOR", Map.of());
    }

    public static TestUser auditor() {
        return new TestUser("auditor@polku", "AUDITOR", Map.of());
    }
}
