package fi.polku.localstack;

/** Where the four services answer. */
public record Endpoints(String reception, String placement, String compensation, String notification) {

    public static Endpoints localhost(int reception, int placement, int compensation, int notification) {
        return new Endpoints("http://localhost:" + reception, "http://localhost:" + placement,
                "http://localhost:" + compensation, "http://localhost:" + notification);
    }
}
