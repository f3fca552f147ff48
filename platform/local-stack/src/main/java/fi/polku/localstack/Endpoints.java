package fi.polku.localstack;

/** Where the five services answer. */
public record Endpoints(String reception, String placement, String compensation, String notification,
                        String operations) {

    public static Endpoints localhost(int reception, int placement, int compensation, int notification,
                                      int operations) {
        return new Endpoints("http://localhost:" + reception, "http://localhost:" + placement,
                "http://localhost:" + compensation, "http://localhost:" + notification,
                "http://localhost:" + operations);
    }
}
