package fi.polku.localstack;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.kit.security.PolkuUser;
import fi.polku.kit.security.Role;
import fi.polku.testkit.TestUser;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/keycloak/polku-realm.json, the realm docker-compose.yml imports: read strictly with Keycloak's own
 * representation classes (an unknown or misspelt field fails), and compared with the roles the services know and
 * the users of the local stack, whose scope claims must reach the tokens the way {@link PolkuUser} reads them.
 */
class KeycloakRealmTest {

    private static final Path ROOT = root();
    private static final Path REALM = ROOT.resolve("deploy/keycloak/polku-realm.json");
    private static final List<String> SCOPE_CLAIMS = List.of(PolkuUser.RECEPTION_CENTRE, PolkuUser.REGION,
            PolkuUser.MUNICIPALITY);

    private static Path root() {
        String env = System.getenv("POLKU_REPO_ROOT");
        Path path = env != null ? Path.of(env) : Path.of("").toAbsolutePath();
        while (path != null && !Files.exists(path.resolve("mvnw"))) {
            path = path.getParent();
        }
        return path;
    }

    private static RealmRepresentation realm() throws Exception {
        ObjectMapper strict = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return strict.readValue(REALM.toFile(), RealmRepresentation.class);
    }

    @Test
    void theRealmHasExactlyTheRolesTheServicesKnow() throws Exception {
        Set<String> roles = realm().getRoles().getRealm().stream().map(RoleRepresentation::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(roles).isEqualTo(Arrays.stream(Role.values()).map(Role::name)
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void theRealmHasTheLocalUsersWithTheirRoleAndScope() throws Exception {
        Map<String, UserRepresentation> users = realm().getUsers().stream()
                .collect(Collectors.toMap(UserRepresentation::getUsername, u -> u));
        assertThat(users.keySet()).isEqualTo(LocalUsers.USERS.keySet());
        LocalUsers.USERS.forEach((name, expected) -> {
            UserRepresentation user = users.get(name);
            assertThat(user.isEnabled()).as(name).isTrue();
            assertThat(user.getRealmRoles()).as(name).containsExactly(expected.role());
            Map<String, List<String>> attributes = user.getAttributes() == null ? Map.of() : user.getAttributes();
            assertThat(attributes).as(name + " scope attributes").isEqualTo(scopes(expected));
            // the default user profile asks for these; without them a password login stops at "update profile"
            assertThat(user.getEmail()).as(name).isNotBlank();
            assertThat(user.getFirstName()).as(name).isNotBlank();
            assertThat(user.getLastName()).as(name).isNotBlank();
            assertThat(user.getCredentials()).as(name).singleElement().satisfies(c -> {
                assertThat(c.getType()).isEqualTo("password");
                assertThat(c.getValue()).as("a placeholder, never a password").matches("\\$\\{[A-Z_]+}");
                assertThat(c.isTemporary()).isFalse();
            });
        });
    }

    private static Map<String, List<String>> scopes(TestUser user) {
        return user.scopes().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())));
    }

    @Test
    void everyClientMapsTheRolesAndScopesIntoTheClaimsTheServicesRead() throws Exception {
        List<ClientRepresentation> clients = realm().getClients();
        assertThat(clients).isNotEmpty();
        for (ClientRepresentation client : clients) {
            Map<String, ProtocolMapperRepresentation> mappers = client.getProtocolMappers().stream()
                    .collect(Collectors.toMap(m -> m.getConfig().get("claim.name"), m -> m));
            ProtocolMapperRepresentation roles = mappers.get(PolkuUser.ROLES);
            assertThat(roles).as(client.getClientId() + " maps realm roles to '" + PolkuUser.ROLES + "'").isNotNull();
            assertThat(roles.getProtocolMapper()).isEqualTo("oidc-usermodel-realm-role-mapper");
            assertThat(roles.getConfig()).containsEntry("multivalued", "true").containsEntry("access.token.claim", "true");
            for (String claim : SCOPE_CLAIMS) {
                ProtocolMapperRepresentation mapper = mappers.get(claim);
                assertThat(mapper).as(client.getClientId() + " maps user attribute " + claim).isNotNull();
                assertThat(mapper.getProtocolMapper()).isEqualTo("oidc-usermodel-attribute-mapper");
                assertThat(mapper.getConfig()).containsEntry("user.attribute", claim)
                        .containsEntry("access.token.claim", "true").containsEntry("jsonType.label", "String");
            }
        }
    }

    @Test
    void theUserProfileDeclaresTheScopeAttributesSoKeycloakKeepsThem() throws Exception {
        // since Keycloak 24 attributes the user profile does not declare are dropped on import
        String profile = realm().getComponents().getList("org.keycloak.userprofile.UserProfileProvider").get(0)
                .getConfig().getFirst("kc.user.profile.config");
        Map<?, ?> config = new ObjectMapper().readValue(profile, Map.class);
        Set<Object> declared = ((List<?>) config.get("attributes")).stream().map(a -> ((Map<?, ?>) a).get("name"))
                .collect(Collectors.toSet());
        assertThat(declared).containsAll(SCOPE_CLAIMS).contains("username", "email", "firstName", "lastName");
    }

    @Test
    void everyPlaceholderIsSuppliedByComposeAndTheImageMatchesTheCheckedVersion() throws Exception {
        String text = Files.readString(REALM);
        Set<String> placeholders = new TreeSet<>();
        Matcher m = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}").matcher(text);
        while (m.find()) {
            placeholders.add(m.group(1));
        }
        assertThat(placeholders).contains("POLKU_USER_PASSWORD");
        String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
        String keycloak = compose.substring(compose.indexOf("\n  keycloak:"));
        keycloak = keycloak.substring(0, keycloak.indexOf("\n\n"));
        for (String placeholder : placeholders) {
            assertThat(keycloak).as("the keycloak service sets " + placeholder).contains("\n      " + placeholder + ": ");
        }
        assertThat(keycloak).contains("./deploy/keycloak/polku-realm.json:/opt/keycloak/data/import/polku-realm.json");
        assertThat(keycloak).contains("image: quay.io/keycloak/keycloak:" + System.getProperty("polku.keycloak.version"));
    }
}
