package fi.polku.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No secret is committed: configuration takes them from the environment ({@code .env.example} holds placeholders
 * only). Scans every file git tracks.
 */
class NoSecretsInRepositoryTest {

    @Test
    void noTrackedFileHoldsASecret() throws Exception {
        Path root = Tools.root();
        List<String> files = tracked(root);
        assertThat(files).as("git ls-files").hasSizeGreaterThan(100);
        List<SecretScanner.Finding> findings = new ArrayList<>();
        for (String file : files) {
            Path path = root.resolve(file);
            if (!Files.isRegularFile(path) || Files.size(path) > 5_000_000) {
                continue;
            }
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path)))
                        .toString();
            } catch (CharacterCodingException binary) {
                continue;
            }
            findings.addAll(SecretScanner.scan(file, text));
        }
        assertThat(findings).as("secrets in tracked files (move them to the environment, or mark a test fixture "
                + "with " + SecretScanner.FIXTURE + ")").isEmpty();
    }

    @Test
    void theScannerFindsKeysTokensAndLiteralPasswordsButNotPlaceholders() {
        String pem = "-----BEGIN " + "PRIVATE KEY-----\nMIIE...";
        assertThat(SecretScanner.scan("k8s/secret.pem", pem)).hasSize(1);
        String jwt = "eyJhbGciOiJSUzI1NiJ9" + ".eyJzdWIiOiJvZmZpY2VyQDA5MSJ9" + ".c2lnbmF0dXJlLXNpZ25hdHVyZQ";
        assertThat(SecretScanner.scan("README.md", "curl -H 'Authorization: Bearer " + jwt + "'")).hasSize(1);
        assertThat(SecretScanner.scan("application.yml", "spring:\n  data:\n    password: hunter2hunter2")).hasSize(1);
        assertThat(SecretScanner.scan(".env.example", "MONGO_PASSWORD=s3cr3t-value")).hasSize(1);
        assertThat(SecretScanner.scan("notification.yml", "polku.notification.secret-key: q83vEi8Sx9bR7k2X"))
                .hasSize(1);

        assertThat(SecretScanner.scan("application.yml", "password: ${MONGO_PASSWORD}")).isEmpty();
        assertThat(SecretScanner.scan(".env.example", "MONGO_PASSWORD=change-me-mongo")).isEmpty();
        assertThat(SecretScanner.scan("k8s/deploy.yaml", "secretName: polku-cluster-ca-cert")).isEmpty();
        assertThat(SecretScanner.scan("Test.java", "static final String SECRET = \"whsec-test\";")).isEmpty();
        assertThat(SecretScanner.scan("test.yml", "# " + SecretScanner.FIXTURE + "\npassword: hunter2hunter2"))
                .isEmpty();
    }

    private static List<String> tracked(Path root) throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "ls-files", "-z").directory(root.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(git.waitFor()).as("git ls-files").isZero();
        List<String> files = new ArrayList<>();
        for (String f : out.split("\0")) {
            if (!f.isBlank()) {
                files.add(f);
            }
        }
        return files;
    }
}
