package fi.polku.testkit.authz;

import fi.polku.testkit.TestUser;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Who calls for each role: a user of the scope the seeded records belong to ("own") and, for the roles that have a
 * scope, one of another reception centre, region or municipality.
 */
public final class MatrixUsers {

    private final Map<String, TestUser> own = new LinkedHashMap<>();
    private final Map<String, TestUser> other = new LinkedHashMap<>();

    /**
     * Oulu's reception centre, Pohjois-Pohjanmaa (region 17) and Oulu (564) own the records; Helsinki's centre,
     * Uusimaa (01) and Helsinki (091) are the others.
     */
    public static MatrixUsers defaults() {
        return new MatrixUsers()
                .scoped(TestUser.receptionStaff("rc-oulu"), TestUser.receptionStaff("rc-helsinki"))
                .scoped(TestUser.coordinator("17"), TestUser.coordinator("01"))
                .scoped(TestUser.municipalityOfficer("564"), TestUser.municipalityOfficer("091"))
                .unscoped(TestUser.compensationOfficer())
                .unscoped(TestUser.migriOfficer())
                .unscoped(TestUser.operator())
                .unscoped(TestUser.auditor());
    }

    public MatrixUsers scoped(TestUser ownScope, TestUser otherScope) {
        if (!ownScope.role().equals(otherScope.role()) || ownScope.scopes().equals(otherScope.scopes())) {
            throw new IllegalArgumentException("Two users of one role and different scopes expected");
        }
        own.put(ownScope.role(), ownScope);
        other.put(otherScope.role(), otherScope);
        return this;
    }

    public MatrixUsers unscoped(TestUser user) {
        own.put(user.role(), user);
        other.remove(user.role());
        return this;
    }

    public Set<String> scopedRoles() {
        return other.keySet();
    }

    public TestUser user(String role, AuthorizationMatrix.Scope scope) {
        TestUser user = (scope == AuthorizationMatrix.Scope.OWN ? own : other).get(role);
        if (user == null) {
            throw new IllegalArgumentException("No " + scope + " user for role " + role);
        }
        return user;
    }
}
