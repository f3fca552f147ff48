package fi.polku.localstack;

import fi.polku.testkit.TestUser;

import java.util.LinkedHashMap;
import java.util.Map;

/** The people of the local stack, one or more per role, each with the scope of their job. */
public final class LocalUsers {

    static final Map<String, TestUser> USERS = new LinkedHashMap<>();

    static {
        USERS.put("staff-helsinki", TestUser.receptionStaff("rc-helsinki"));
        USERS.put("staff-oulu", TestUser.receptionStaff("rc-oulu"));
        USERS.put("staff-tampere", TestUser.receptionStaff("rc-tampere"));
        USERS.put("coordinator-uusimaa", TestUser.coordinator("01"));
        USERS.put("coordinator-keski-suomi", TestUser.coordinator("13"));
        USERS.put("coordinator-pohjois-pohjanmaa", TestUser.coordinator("17"));
        USERS.put("coordinator-pirkanmaa", TestUser.coordinator("06"));
        USERS.put("officer-helsinki", TestUser.municipalityOfficer("091"));
        USERS.put("officer-espoo", TestUser.municipalityOfficer("049"));
        USERS.put("officer-jyvaskyla", TestUser.municipalityOfficer("179"));
        USERS.put("officer-oulu", TestUser.municipalityOfficer("564"));
        USERS.put("officer-tampere", TestUser.municipalityOfficer("837"));
        USERS.put("compensation-officer", TestUser.compensationOfficer());
        USERS.put("migri-officer", TestUser.migriOfficer());
        USERS.put("operator", TestUser.operator());
        USERS.put("auditor", TestUser.auditor());
    }

    /** The local user name of someone in this role and scope, as the token issuer knows them. */
    public static String nameOf(TestUser user) {
        return USERS.entrySet().stream().filter(e -> e.getValue().equals(user)).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalStateException("No local user like " + user));
    }

    private LocalUsers() {
    }
}
