package fi.polku.testkit.authz;

import fi.polku.testkit.TestUser;
import fi.polku.testkit.Tokens;

import java.util.function.BiFunction;

/** The ways a bearer token can be unacceptable; each must give 401 at every endpoint. */
public enum BadToken {
    NONE((tokens, user) -> null),
    MALFORMED((tokens, user) -> "not-a-jwt." + tokens.mint(user).substring(10)),
    EXPIRED(Tokens::expired),
    WRONG_KEY(Tokens::wronglySigned);

    private final BiFunction<Tokens, TestUser, String> token;

    BadToken(BiFunction<Tokens, TestUser, String> token) {
        this.token = token;
    }

    /** The token to send, or null for none; for {@code user}, who would otherwise be allowed. */
    public String token(Tokens tokens, TestUser user) {
        return token.apply(tokens, user);
    }
}
