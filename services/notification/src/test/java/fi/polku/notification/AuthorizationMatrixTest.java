package fi.polku.notification;

import fi.polku.events.placement.Assigned;
import fi.polku.events.placement.OfferDeclined;
import fi.polku.kit.security.Role;
import fi.polku.notification.domain.Channel;
import fi.polku.notification.domain.Notification;
import fi.polku.notification.domain.Recipient;
import fi.polku.testkit.TestUser;
import fi.polku.testkit.authz.AuthorizationMatrixContract;
import fi.polku.testkit.authz.MatrixRequests;
import fi.polku.testkit.authz.MatrixUsers;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Every endpoint against every role and scope. Joensuu (167), Joensuu's reception centre and Pohjois-Karjala (region
 * 12), whom no other test of this suite notifies, each get an inbox notification and an e-mail delivery through the
 * events that notify them.
 */
class AuthorizationMatrixTest extends NotificationServiceTest implements AuthorizationMatrixContract {

    static final Map<String, Recipient> RECIPIENTS = Map.of(
            "MUNICIPALITY_OFFICER", Recipient.municipality("167"),
            "RECEPTION_STAFF", Recipient.receptionCentre("rc-joensuu"),
            "PLACEMENT_COORDINATOR", Recipient.region("12"));
    static final Map<String, TestUser> READERS = Map.of(
            "MUNICIPALITY_OFFICER", TestUser.municipalityOfficer("167"),
            "RECEPTION_STAFF", TestUser.receptionStaff("rc-joensuu"),
            "PLACEMENT_COORDINATOR", TestUser.coordinator("12"));

    @Override
    public String service() {
        return "notification";
    }

    @Override
    public List<String> roles() {
        return Arrays.stream(Role.values()).map(Role::name).toList();
    }

    @Override
    public MatrixUsers users() {
        return MatrixUsers.defaults().scoped(READERS.get("RECEPTION_STAFF"), TestUser.receptionStaff("rc-helsinki"))
                .scoped(READERS.get("PLACEMENT_COORDINATOR"), TestUser.coordinator("01"))
                .scoped(READERS.get("MUNICIPALITY_OFFICER"), TestUser.municipalityOfficer("091"));
    }

    @Override
    public MatrixRequests seedAndDescribeRequests() {
        Map<String, Object> channels = Map.of("emails", List.of("kirjaamo@joensuu.example"));
        RECIPIENTS.forEach((role, recipient) -> as(READERS.get(role)).put("/api/v1/recipients/" + recipient.key()
                + "/channels", channels).expect(200));
        String caseId = UUID.randomUUID().toString();
        UUID assigned = publish(CASES, new Assigned(caseId, "hh-" + caseId, "167", "rc-joensuu",
                LocalDate.of(2026, 1, 5)));
        UUID declined = publish(CASES, new OfferDeclined(caseId, "offer-" + caseId, "hh-" + caseId, "167",
                "PLACES_USED", LocalDate.of(2026, 1, 9)));

        MatrixRequests requests = new MatrixRequests().body("PUT /api/v1/recipients/{recipient}/channels", channels);
        RECIPIENTS.forEach((role, recipient) -> {
            UUID event = recipient.kind().equals(Recipient.REGION) ? declined : assigned;
            String inbox = Notification.idFor(event, recipient, Channel.INBOX);
            String email = Notification.idFor(event, recipient, Channel.EMAIL);
            await().atMost(Duration.ofSeconds(30)).until(() -> as(READERS.get(role))
                    .get("/api/v1/deliveries/" + email).status() == 200);
            as(READERS.get(role)).get("/api/v1/inbox/" + inbox).expect(200);
            requests.at("GET /api/v1/inbox/{id}", role, "/api/v1/inbox/" + inbox)
                    .at("POST /api/v1/inbox/{id}/read", role, "/api/v1/inbox/" + inbox + "/read")
                    .at("GET /api/v1/deliveries/{id}", role, "/api/v1/deliveries/" + email)
                    .at("POST /api/v1/deliveries/{id}/resend", role, "/api/v1/deliveries/" + email + "/resend")
                    .variable(role, "recipient", recipient.key());
        });
        // operators (and the roles refused anyway) call for Joensuu's delivery, notification and channels
        String joensuu = Notification.idFor(assigned, Recipient.municipality("167"), Channel.EMAIL);
        return requests.variable("id", joensuu).variable("recipient", "municipality:167");
    }
}
