package fi.polku.testkit.authz;

import java.util.Comparator;

/** One operation of a service's API: an HTTP method and a path template as the controller declares it. */
public record Endpoint(String method, String path) implements Comparable<Endpoint> {

    private static final Comparator<Endpoint> ORDER = Comparator.comparing(Endpoint::path)
            .thenComparing(Endpoint::method);

    public Endpoint {
        method = method.strip().toUpperCase(java.util.Locale.ROOT);
        path = path.strip();
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A path template starts with '/': " + path);
        }
    }

    @Override
    public int compareTo(Endpoint other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
