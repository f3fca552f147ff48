package fi.polku.testkit.authz;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The endpoints a service really serves, read from Spring MVC's handler methods, and the check that the matrix
 * lists exactly those: an endpoint without an entry, or an entry without an endpoint, fails the build.
 */
public final class EndpointInventory {

    private EndpointInventory() {
    }

    /** The API endpoints (paths under {@code prefix}, e.g. {@code /api/}) of the handler mapping. */
    public static SortedSet<Endpoint> of(RequestMappingHandlerMapping mapping, String prefix) {
        SortedSet<Endpoint> endpoints = new TreeSet<>();
        mapping.getHandlerMethods().keySet().forEach(info -> endpoints.addAll(endpoints(info, prefix)));
        return endpoints;
    }

    static List<Endpoint> endpoints(RequestMappingInfo info, String prefix) {
        Set<String> paths = info.getPatternValues();
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        List<Endpoint> endpoints = new ArrayList<>();
        for (String path : paths) {
            if (!path.startsWith(prefix)) {
                continue;
            }
            if (methods.isEmpty()) {
                // a mapping without a method answers them all: the matrix must name it as ANY
                endpoints.add(new Endpoint("ANY", path));
            }
            methods.forEach(m -> endpoints.add(new Endpoint(m.name(), path)));
        }
        return endpoints;
    }

    /** What is wrong between the served endpoints and the matrix; empty when they match exactly. */
    public static List<String> problems(Set<Endpoint> served, AuthorizationMatrix matrix) {
        List<String> problems = new ArrayList<>();
        for (Endpoint endpoint : served) {
            if (!matrix.endpoints().contains(endpoint)) {
                problems.add(endpoint + " is served but has no entry in " + matrix.source()
                        + ": add a line saying which roles may call it");
            }
        }
        for (Endpoint endpoint : matrix.endpoints()) {
            if (!served.contains(endpoint)) {
                problems.add(endpoint + " is in " + matrix.source() + " but no controller serves it");
            }
        }
        return problems;
    }

    public static void assertComplete(Set<Endpoint> served, AuthorizationMatrix matrix) {
        List<String> problems = problems(served, matrix);
        if (!problems.isEmpty()) {
            throw new AssertionError("The authorisation matrix does not match the API:\n  "
                    + String.join("\n  ", problems));
        }
    }
}
