package fi.polku.testkit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Mints RS256 JWTs the way an OIDC provider would, for tests and for the local stack's token issuer. The services
 * verify them with the public key ({@link #publicKeyPem()}) or the JWK set ({@link #jwkSetJson()}).
 */
public final class Tokens {

    public static final String ISSUER = "http://localhost:8090/polku-local";
    private static volatile Tokens shared;

    private final RSAKey key;

    public Tokens(RSAKey key) {
        this.key = key;
    }

    /** One key pair per test JVM. */
    public static Tokens shared() {
        if (shared == null) {
            synchronized (Tokens.class) {
                if (shared == null) {
                    shared = new Tokens(generate());
                }
            }
        }
        return shared;
    }

    public static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads the key from {@code file}, creating it there first if missing (the local stack keeps its key). */
    public static Tokens persistentIn(Path file) {
        try {
            if (Files.exists(file)) {
                return new Tokens(RSAKey.parse(Files.readString(file)));
            }
            RSAKey key = generate();
            Files.createDirectories(file.getParent());
            Files.writeString(file, key.toJSONString());
            return new Tokens(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("Unreadable key in " + file, e);
        }
    }

    public String mint(TestUser user) {
        return mint(user, Duration.ofHours(8));
    }

    public String mint(TestUser user, Duration validity) {
        return sign(key, user, Instant.now(), validity);
    }

    /** A token that expired a minute ago. */
    public String expired(TestUser user) {
        return sign(key, user, Instant.now().minus(Duration.ofHours(1)), Duration.ofMinutes(59));
    }

    /** A well-formed token signed by some other key. */
    public String wronglySigned(TestUser user) {
        return sign(generate(), user, Instant.now(), Duration.ofHours(1));
    }

    private static String sign(RSAKey signingKey, TestUser user, Instant issuedAt, Duration validity) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(user.subject())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(validity)))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", List.of(user.role()));
        for (Map.Entry<String, String> scope : user.scopes().entrySet()) {
            claims.claim(scope.getKey(), scope.getValue());
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String jwkSetJson() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    public String publicKeyPem() {
        try {
            String base64 = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.toPublicKey().getEncoded());
            return "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n";
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the public key to a temporary PEM file and returns a Spring resource location for it. */
    public String publicKeyLocation() {
        try {
            Path pem = Files.createTempFile("polku-test-key", ".pem");
            pem.toFile().deleteOnExit();
            Files.writeString(pem, publicKeyPem());
            return "file:" + pem.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
