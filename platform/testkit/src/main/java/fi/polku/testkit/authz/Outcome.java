package fi.polku.testkit.authz;

/** What a call must end in, derived from the matrix: the status the test asserts. */
public enum Outcome {
    /**
     * Passes authorisation: any status but 401 and 403. Not 404 either (the seeded record must be found, or the
     * scope check was never reached) and no server error; 400 and 409 are answers about the request or the state.
     */
    ALLOWED,
    /** 403: the role may not do this. */
    FORBIDDEN,
    /** 403: the role may, but the record belongs to another reception centre, region or municipality. */
    FORBIDDEN_OTHER_SCOPE,
    /** 401: no token, or one that is malformed, expired or signed by a key the service does not trust. */
    UNAUTHORIZED;

    public boolean accepts(int status) {
        return switch (this) {
            case ALLOWED -> status != 401 && status != 403 && status != 404 && status < 500;
            case FORBIDDEN, FORBIDDEN_OTHER_SCOPE -> status == 403;
            case UNAUTHORIZED -> status == 401;
        };
    }
}
