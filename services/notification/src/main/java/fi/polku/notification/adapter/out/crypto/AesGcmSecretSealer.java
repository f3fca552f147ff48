package fi.polku.notification.adapter.out.crypto;

import fi.polku.notification.application.SecretSealer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seals secrets with AES-256-GCM: a fresh 96-bit nonce per secret, the context (the recipient) as additional
 * authenticated data, and the result written {@code v1.<key id>.<nonce and ciphertext, base64url>}. The key id is
 * the start of the key's SHA-256, so a secret sealed with a previous key still opens while that key is configured
 * as previous, and re-saving the webhook seals it with the current one.
 *
 * <p>The key comes from configuration ({@code polku.notification.secret-key}, base64 of 32 bytes; in deployments
 * the environment variable {@code POLKU_NOTIFICATION_SECRET_KEY}). Without one, the service falls back to
 * {@link #DEVELOPMENT_KEY}, which is public: fit for local runs only, and said so loudly in the log.
 */
public class AesGcmSecretSealer implements SecretSealer {

    private static final Logger log = LoggerFactory.getLogger(AesGcmSecretSealer.class);

    /** DEVELOPMENT ONLY: a published key ("polku-development-key-not-secret"), used when none is configured. */
    public static final String DEVELOPMENT_KEY = "cG9sa3UtZGV2ZWxvcG1lbnQta2V5LW5vdC1zZWNyZXQ=";
    private static final String VERSION = "v1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final String currentId;
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

    /** @param current the key to seal with; {@code previous} keys still open what they sealed */
    public AesGcmSecretSealer(byte[] current, List<byte[]> previous) {
        currentId = add(current);
        previous.forEach(this::add);
    }

    /** From configured base64 keys; a blank current key means the development key. */
    public static AesGcmSecretSealer fromConfiguration(String currentKey, List<String> previousKeys) {
        String key = currentKey;
        if (key == null || key.isBlank()) {
            log.warn("polku.notification.secret-key is not set: webhook secrets are sealed with the public "
                    + "DEVELOPMENT key. Set POLKU_NOTIFICATION_SECRET_KEY (base64 of 32 random bytes) anywhere but "
                    + "on your own machine.");
            key = DEVELOPMENT_KEY;
        }
        return new AesGcmSecretSealer(decode(key), previousKeys.stream().map(AesGcmSecretSealer::decode).toList());
    }

    private static byte[] decode(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("A notification secret key is not valid base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException("A notification secret key must be 32 bytes (AES-256), not " + key.length);
        }
        return key;
    }

    private String add(byte[] key) {
        String id = keyId(key);
        keys.putIfAbsent(id, new SecretKeySpec(key, "AES"));
        return id;
    }

    static String keyId(byte[] key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean sealsWithDevelopmentKey() {
        return currentId.equals(keyId(decode(DEVELOPMENT_KEY)));
    }

    @Override
    public String seal(String secret, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys.get(currentId), nonce, context);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return VERSION + "." + currentId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealing failed", e);
        }
    }

    @Override
    public String open(String sealed, String context) {
        String[] parts = sealed == null ? new String[0] : sealed.split("\\.");
        if (parts.length != 3 || !parts[0].equals(VERSION)) {
            throw new SecretUnreadable("not a sealed secret");
        }
        SecretKeySpec key = keys.get(parts[1]);
        if (key == null) {
            throw new SecretUnreadable("sealed with key " + parts[1] + ", which is not configured");
        }
        try {
            byte[] in = Base64.getUrlDecoder().decode(parts[2]);
            byte[] nonce = java.util.Arrays.copyOfRange(in, 0, NONCE_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, nonce, context);
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SecretUnreadable("the sealed secret does not open: altered, or sealed for another recipient");
        }
    }

    private static Cipher cipher(int mode, SecretKeySpec key, byte[] nonce, String context)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
