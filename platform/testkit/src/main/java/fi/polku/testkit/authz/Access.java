package fi.polku.testkit.authz;

import java.util.Arrays;

/** What one role may do at one endpoint: a cell of the authorisation matrix as written in its CSV file. */
public enum Access {
    /** The role may not call the endpoint: 403. */
    DENIED("-", "—"),
    /** The role may call it; a scoped role sees only its own scope's data (a list filtered to it). */
    ALLOWED("yes", "✓"),
    /** The role may call it for a record of its own scope only: a record of another scope is 403. */
    OWN_SCOPE("own", "✓ own");

    private final String code;
    private final String symbol;

    Access(String code, String symbol) {
        this.code = code;
        this.symbol = symbol;
    }

    public String code() {
        return code;
    }

    /** How the published table shows it. */
    public String symbol() {
        return symbol;
    }

    static Access parse(String code, String where) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(where + ": '" + code
                        + "' is not an access (use -, yes or own)"));
    }
}
