package fi.polku.localstack;

import fi.polku.compensation.domain.Entitlement;
import fi.polku.placement.application.PlacementService;
import fi.polku.testkit.ApiClient;
import fi.polku.testkit.TestUser;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One household's assisted placement through the public APIs, as the people involved would do it: reception staff
 * register the household, its permits and the placement application; the municipality officer accepts the offer;
 * staff record the move-out; then compensation and the municipality's inbox must show the household.
 */
public final class Journey {

    /** What one household went through: ids and the time each hop took. */
    public record Result(String householdId, String caseId, String municipality, List<String> personIds,
                         Map<String, Duration> hops) {
    }

    private static final int ENTITLEMENT_PAGE = 500;

    private final Endpoints endpoints;
    private final Function<TestUser, String> tokens;
    private final Duration patience;

    public Journey(Endpoints endpoints, Function<TestUser, String> tokens, Duration patience) {
        this.endpoints = endpoints;
        this.tokens = tokens;
        this.patience = patience;
    }

    public Result assistedPlacement(String receptionCentre, String municipality, int children) {
        return assistedPlacement(receptionCentre, List.of(municipality), HouseholdProfile.demoFamily(children), today());
    }

    /** An assisted placement whose move-out (the start of the municipality of residence) is on {@code movedOn}. */
    public Result assistedPlacement(String receptionCentre, String municipality, int children, LocalDate movedOn) {
        return assistedPlacement(receptionCentre, List.of(municipality), HouseholdProfile.demoFamily(children), movedOn);
    }

    /**
     * The first municipality declines (no housing); the coordinator offers the case to the second, which accepts.
     */
    public Result declinedThenAccepted(String receptionCentre, String declining, String accepting) {
        return assistedPlacement(receptionCentre, List.of(declining, accepting), HouseholdProfile.demoFamily(1), today());
    }

    /**
     * The household applies wishing for the first of {@code municipalities}; each municipality but the last declines
     * the offer (no housing) and the coordinator offers the case to the next; the last accepts.
     */
    public Result assistedPlacement(String receptionCentre, List<String> municipalities, HouseholdProfile profile,
                                    LocalDate movedOn) {
        Map<String, Duration> hops = new LinkedHashMap<>();
        Instant mark = Instant.now();
        ApiClient staff = client(endpoints.reception(), TestUser.receptionStaff(receptionCentre));
        Household household = registerWithPermits(staff, receptionCentre, profile);
        String caseId = applyForPlacement(staff, household, municipalities.get(0), profile);
        mark = hop(hops, "reception: household, permits, application", mark);

        String municipality = municipalities.get(0);
        String offerId = awaitOffer(municipality, caseId);
        mark = hop(hops, "placement: case opened and offered", mark);
        for (int i = 1; i < municipalities.size(); i++) {
            client(endpoints.placement(), TestUser.municipalityOfficer(municipality))
                    .post("/api/v1/offers/" + offerId + "/decline", Map.of("reason", "NO_HOUSING")).expect(200);
            municipality = municipalities.get(i);
            String next = municipality;
            ApiClient coordinator = client(endpoints.placement(), TestUser.coordinator(regionOfReception(receptionCentre)));
            await("the case to return to the coordinator's queue", () -> Optional.of(coordinator
                    .post("/api/v1/cases/" + caseId + "/offers", Map.of("municipality", next))).filter(r -> r.status() == 200));
            offerId = awaitOffer(municipality, caseId);
            mark = hop(hops, "declined, offered again", mark);
        }

        client(endpoints.placement(), TestUser.municipalityOfficer(municipality))
                .post("/api/v1/offers/" + offerId + "/accept", "").expect(200);
        await("reception to see the assignment", () -> Optional.of(staff.get("/api/v1/households/" + household.id())
                .expect(200).json()).filter(h -> h.get("status").asString().equals("ASSIGNED")));
        mark = hop(hops, "offer accepted, assigned, reception informed", mark);

        staff.post("/api/v1/households/" + household.id() + "/move-out", Map.of("date", movedOn.toString(),
                "destinationMunicipality", municipality)).expect(200);
        awaitSettled(caseId, regionOfReception(receptionCentre));
        mark = hop(hops, "moved out, residence recorded", mark);
        return compensatedAndInformed(household, caseId, municipality, hops, mark);
    }

    /** The household applied and its case was offered to {@code municipality}, which has not answered (yet). */
    public Result offeredAndWaiting(String receptionCentre, String municipality) {
        Map<String, Duration> hops = new LinkedHashMap<>();
        Instant mark = Instant.now();
        ApiClient staff = client(endpoints.reception(), TestUser.receptionStaff(receptionCentre));
        HouseholdProfile profile = HouseholdProfile.demoFamily(0);
        Household household = registerWithPermits(staff, receptionCentre, profile);
        String caseId = applyForPlacement(staff, household, municipality, profile);
        mark = hop(hops, "reception: household, permits, application", mark);
        awaitOffer(municipality, caseId);
        hop(hops, "placement: case opened and offered", mark);
        return new Result(household.id(), caseId, municipality, household.personIds(), hops);
    }

    private String applyForPlacement(ApiClient staff, Household household, String wished, HouseholdProfile profile) {
        if (profile.socialOrHealthCareNeeds() || profile.accessibility()) {
            recordConsents(staff, household);
        }
        JsonNode applied = staff.post("/api/v1/households/" + household.id() + "/placement-application", Map.of(
                "needs", Map.of("evidentSocialOrHealthCareNeeds", profile.socialOrHealthCareNeeds(),
                        "accessibility", profile.accessibility(), "largeFamily", profile.largeFamily(),
                        "unaccompaniedMinor", false),
                "languages", profile.languages(), "familyTiesMunicipalities", List.of(),
                "wishedMunicipalities", List.of(wished))).expect(201).json();
        return PlacementService.caseIdFor(applied.get("application").get("applicationId").asString());
    }

    /** The household found housing itself: no offer, and the municipality is compensated all the same. */
    public Result selfMove(String receptionCentre, String municipality) {
        return selfMove(receptionCentre, municipality, HouseholdProfile.demoFamily(1));
    }

    public Result selfMove(String receptionCentre, String municipality, HouseholdProfile profile) {
        Map<String, Duration> hops = new LinkedHashMap<>();
        Instant mark = Instant.now();
        ApiClient staff = client(endpoints.reception(), TestUser.receptionStaff(receptionCentre));
        Household household = registerWithPermits(staff, receptionCentre, profile);
        staff.post("/api/v1/households/" + household.id() + "/self-move", Map.of("municipality", municipality,
                "moveDate", today().toString())).expect(200);
        staff.post("/api/v1/households/" + household.id() + "/move-out", Map.of("date", today().toString(),
                "destinationMunicipality", municipality)).expect(200);
        String caseId = PlacementService.selfMoveCaseIdFor(household.id());
        mark = hop(hops, "reception: household, permits, self-move, move-out", mark);
        awaitSettled(caseId, regionOf(municipality));
        mark = hop(hops, "placement: self-move recorded and settled", mark);
        return compensatedAndInformed(household, caseId, municipality, hops, mark);
    }

    /** Migri's quota intake; the municipality accepts; the family arrives. No reception centre is involved. */
    public Result quotaArrival(String region, String municipality) {
        return quotaArrival(region, municipality, HouseholdProfile.quotaFamily());
    }

    public Result quotaArrival(String region, String municipality, HouseholdProfile profile) {
        Map<String, Duration> hops = new LinkedHashMap<>();
        Instant mark = Instant.now();
        JsonNode opened = client(endpoints.placement(), TestUser.migriOfficer()).post("/api/v1/quota-intakes", Map.of(
                "intakeId", "RRF-" + java.util.UUID.randomUUID(), "region", region,
                "selectedOn", today().minusDays(20).toString(),
                "members", profile.members().stream().map(m -> Map.of("birthDate", m.birthDate().toString(),
                        "relationship", m.relationship())).toList(),
                "needs", Map.of("evidentSocialOrHealthCareNeeds", profile.socialOrHealthCareNeeds(),
                        "accessibility", profile.accessibility(), "largeFamily", profile.largeFamily()),
                "languages", profile.languages(), "emergency", false)).expect(201).json();
        String caseId = opened.get("id").asString();
        String offerId = awaitOffer(municipality, caseId);
        mark = hop(hops, "placement: quota intake offered", mark);
        client(endpoints.placement(), TestUser.municipalityOfficer(municipality))
                .post("/api/v1/offers/" + offerId + "/accept", "").expect(200);
        client(endpoints.placement(), TestUser.coordinator(region))
                .post("/api/v1/cases/" + caseId + "/arrival?date=" + today(), "").expect(200);
        awaitSettled(caseId, region);
        mark = hop(hops, "accepted, arrived, residence recorded", mark);
        // the intake names no person: compensation tells which pseudonymous ids the family's entitlements carry
        Household household = new Household(opened.get("householdId").asString(), List.of(),
                opened.get("householdSize").asInt());
        return compensatedAndInformed(household, caseId, municipality, hops, mark);
    }

    private record Household(String id, List<String> personIds, int people) {

        Household(String id, List<String> personIds) {
            this(id, personIds, personIds.size());
        }
    }

    /**
     * The checklist's consent step: every member lets their health and service data go to the municipality and the
     * wellbeing services county, without which reception does not share the needs (docs/data-protection.md).
     */
    private void recordConsents(ApiClient staff, Household household) {
        for (String personId : household.personIds()) {
            staff.post("/api/v1/households/" + household.id() + "/consents", Map.of("personId", personId,
                    "scopes", List.of("MUNICIPALITY", "WELLBEING_SERVICES_COUNTY"), "givenOn", today().toString()))
                    .expect(200);
        }
    }

    private Household registerWithPermits(ApiClient staff, String receptionCentre, HouseholdProfile profile) {
        List<Map<String, Object>> members = profile.members().stream().map(m -> Map.<String, Object>of(
                "firstNames", m.firstNames(), "lastName", "Demo", "birthDate", m.birthDate().toString(),
                "relationship", m.relationship(), "unaccompaniedMinor", false, "languages", profile.languages()))
                .toList();
        JsonNode household = staff.post("/api/v1/households", Map.of("receptionCentreId", receptionCentre,
                "members", members)).expect(201).json();
        String householdId = household.get("id").asString();
        List<String> personIds = new ArrayList<>();
        for (JsonNode member : household.get("members")) {
            personIds.add(member.get("personId").asString());
            staff.post("/api/v1/households/" + householdId + "/permits", Map.of("personId",
                    member.get("personId").asString(), "decisionDate", today().minusDays(30).toString(),
                    "permitType", "continuous (A)", "integrationGroup", "INTERNATIONAL_PROTECTION")).expect(200);
        }
        return new Household(householdId, personIds);
    }

    private String awaitOffer(String municipality, String caseId) {
        ApiClient officer = client(endpoints.placement(), TestUser.municipalityOfficer(municipality));
        return await("an offer of case " + caseId + " to " + municipality, () -> {
            for (JsonNode offer : officer.get("/api/v1/offers").expect(200).json()) {
                if (offer.get("caseId").asString().equals(caseId)) {
                    return Optional.of(offer.get("offerId").asString());
                }
            }
            return Optional.empty();
        });
    }

    private void awaitSettled(String caseId, String region) {
        ApiClient coordinator = client(endpoints.placement(), TestUser.coordinator(region));
        await("placement to record the residence", () -> Optional.of(coordinator.get("/api/v1/cases/" + caseId)
                .expect(200).json()).filter(c -> c.get("status").asString().equals("SETTLED")));
    }

    private Result compensatedAndInformed(Household household, String caseId, String municipality,
                                          Map<String, Duration> hops, Instant mark) {
        ApiClient compensation = client(endpoints.compensation(), TestUser.compensationOfficer());
        List<String> personIds = new ArrayList<>(household.personIds());
        await("compensation to open an entitlement for each person", () -> {
            if (personIds.isEmpty()) {
                // a quota family: the persons are known by their household id only here
                List<String> found = entitlementsOf(compensation, municipality, household.id());
                if (found.size() < household.people()) {
                    return Optional.empty();
                }
                personIds.addAll(found);
                return Optional.of(true);
            }
            // each entitlement's id derives from its person: one small read each, however many live there
            boolean all = personIds.stream().allMatch(p -> compensation.get("/api/v1/compensation/entitlements/"
                    + Entitlement.idFor(p)).status() == 200);
            return all ? Optional.of(true) : Optional.empty();
        });
        mark = hop(hops, "compensation: entitlements opened", mark);

        ApiClient inbox = client(endpoints.notification(), TestUser.municipalityOfficer(municipality));
        await("the municipality's inbox to tell of the household", () -> Optional.of(inbox.get("/api/v1/inbox?size=100")
                .expect(200).body()).filter(body -> body.contains(caseId)));
        hop(hops, "notification: municipality informed", mark);
        return new Result(household.id(), caseId, municipality, personIds, hops);
    }

    /** The person ids of a household's entitlements in a municipality, read page by page. */
    private static List<String> entitlementsOf(ApiClient compensation, String municipality, String householdId) {
        List<String> found = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode entitlements = compensation.get("/api/v1/compensation/entitlements?municipality=" + municipality
                    + "&size=" + ENTITLEMENT_PAGE + "&page=" + page).expect(200).json();
            entitlements.valueStream().filter(e -> e.get("householdId").asString().equals(householdId))
                    .map(e -> e.get("personId").asString()).forEach(found::add);
            if (entitlements.size() < ENTITLEMENT_PAGE) {
                return found;
            }
        }
    }

    static String regionOf(String municipality) {
        return switch (municipality) {
            case "091", "049" -> "01";
            case "564" -> "17";
            case "837" -> "06";
            case "179" -> "13";
            case "853", "680" -> "02";
            case "405", "153" -> "09";
            default -> throw new IllegalArgumentException("No region known here for " + municipality);
        };
    }

    static String regionOfReception(String receptionCentre) {
        return switch (receptionCentre) {
            case "rc-helsinki", "rc-espoo" -> "01";
            case "rc-oulu" -> "17";
            case "rc-tampere" -> "06";
            case "rc-turku" -> "02";
            case "rc-joutseno" -> "09";
            default -> throw new IllegalArgumentException("Unknown reception centre " + receptionCentre);
        };
    }

    /** Records the agreement the demo and the system test need, if the municipality has none yet. */
    public void ensureAgreement(String municipality, String region, int places) {
        ApiClient coordinator = client(endpoints.placement(), TestUser.coordinator(region));
        JsonNode current = coordinator.get("/api/v1/municipalities/" + municipality).expect(200).json();
        if (current.get("agreement").isNull()) {
            coordinator.put("/api/v1/municipalities/" + municipality + "/agreement", Map.of(
                    "validFrom", "2017-01-01",
                    "places", List.of(Map.of("year", today().getYear(), "group", "ASYLUM", "places", places),
                            Map.of("year", today().getYear(), "group", "QUOTA", "places", places),
                            Map.of("year", today().getYear(), "group", "TEMPORARY_PROTECTION", "places", places)),
                    "takesEmergencyCases", false,
                    "integrationProgramme", Map.of("validFrom", "2025-01-01"))).expect(200);
        }
    }

    private ApiClient client(String baseUrl, TestUser user) {
        return new ApiClient(baseUrl, tokens.apply(user));
    }

    private <T> T await(String what, Supplier<Optional<T>> probe) {
        Instant deadline = Instant.now().plus(patience);
        Throwable last = null;
        while (true) {
            try {
                Optional<T> value = probe.get();
                if (value.isPresent()) {
                    return value.get();
                }
            } catch (AssertionError | RuntimeException notYet) {
                last = notYet; // e.g. a 404 while the event is still on its way
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Gave up waiting for " + what + " after " + patience, last);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Instant hop(Map<String, Duration> hops, String name, Instant since) {
        Instant now = Instant.now();
        hops.put(name, Duration.between(since, now));
        return now;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Helsinki"));
    }
}
