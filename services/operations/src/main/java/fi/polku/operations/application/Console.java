package fi.polku.operations.application;

import fi.polku.kit.domain.NotFound;
import fi.polku.operations.domain.DeadLetter;
import fi.polku.operations.domain.HouseholdPath;
import fi.polku.operations.domain.MunicipalityPlaces;
import fi.polku.operations.domain.Stage;
import fi.polku.operations.domain.TimelineEntry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the operator console shows: the whole path at a glance, and one household's timeline. */
public class Console {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    static final int LIST_LIMIT = 50;

    public record StageCount(Stage stage, long households) {
    }

    public record HouseholdSummary(String householdId, String caseId, String route, Stage stage,
                                   String municipality, String receptionCentreId, int householdSize,
                                   LocalDate permitDate, Long daysSincePermit, Instant lastEventAt) {
    }

    public record RegionPlaces(String region, String name, int confirmedPlaces, int peopleAssigned,
                               int municipalities) {
    }

    public record FailedNotification(String notificationId, String recipient, String channel, Instant at) {
    }

    public record Overview(Instant generatedAt, LocalDate today, Period target, List<StageCount> funnel,
                           long households, List<HouseholdSummary> pastTarget, List<HouseholdSummary> recent,
                           int placesYear, List<RegionPlaces> placesByRegion, long deadLetterCount,
                           List<DeadLetter> deadLetters, List<FailedNotification> failedNotifications) {
    }

    public record HouseholdTimeline(HouseholdSummary household, boolean pastTarget, List<TimelineEntry> timeline) {
    }

    private final ConsoleQueries queries;
    private final Regions regions;
    private final Period target;
    private final Clock clock;

    public Console(ConsoleQueries queries, Regions regions, Period target, Clock clock) {
        this.queries = queries;
        this.regions = regions;
        this.target = target;
        this.clock = clock;
    }

    public Overview overview() {
        LocalDate today = today();
        Map<Stage, Long> counts = queries.householdsByStage();
        List<StageCount> funnel = Arrays.stream(Stage.values())
                .map(s -> new StageCount(s, counts.getOrDefault(s, 0L))).toList();
        List<HouseholdSummary> pastTarget = queries.waitingWithPermitBefore(today.minus(target), LIST_LIMIT).stream()
                .filter(h -> h.pastTarget(target, today)).map(h -> summary(h, today)).toList();
        List<HouseholdSummary> recent = queries.recentlyActive(LIST_LIMIT).stream().map(h -> summary(h, today)).toList();
        return new Overview(clock.instant(), today, target, funnel,
                funnel.stream().mapToLong(StageCount::households).sum(), pastTarget, recent, today.getYear(),
                placesByRegion(today.getYear()), queries.deadLetterCount(), queries.recentDeadLetters(LIST_LIMIT),
                queries.failedNotifications(LIST_LIMIT).stream().map(n -> new FailedNotification(n.notificationId(),
                        n.recipient(), n.channel(), n.at())).toList());
    }

    public HouseholdTimeline household(String householdOrCaseId) {
        LocalDate today = today();
        HouseholdPath h = queries.household(householdOrCaseId)
                .orElseThrow(() -> new NotFound("household or case", householdOrCaseId));
        return new HouseholdTimeline(summary(h, today), h.pastTarget(target, today), h.timeline());
    }

    /** Confirmed places this year against people assigned this year, per region of the municipality. */
    private List<RegionPlaces> placesByRegion(int year) {
        Map<String, int[]> byRegion = new TreeMap<>(); // region -> {confirmed, assigned, municipalities}
        for (MunicipalityPlaces m : queries.municipalitiesWithPlaces()) {
            int[] totals = byRegion.computeIfAbsent(m.region(), r -> new int[3]);
            totals[0] += m.placesIn(year);
            totals[2]++;
        }
        queries.peopleAssigned(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).forEach((municipality, people) -> {
            String region = regions.ofMunicipality(municipality).map(Regions.Region::code).orElse("unknown");
            byRegion.computeIfAbsent(region, r -> new int[3])[1] += people;
        });
        return byRegion.entrySet().stream()
                .map(e -> new RegionPlaces(e.getKey(), regions.byCode(e.getKey()).map(Regions.Region::name)
                        .orElse(e.getKey()), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(Comparator.comparing(RegionPlaces::region)).toList();
    }

    private static HouseholdSummary summary(HouseholdPath h, LocalDate today) {
        return new HouseholdSummary(h.householdId(), h.caseId(), h.route(), h.stage(), h.municipality(),
                h.receptionCentreId(), h.householdSize(), h.permitDate(),
                h.permitDate() == null ? null : ChronoUnit.DAYS.between(h.permitDate(), today), h.lastEventAt());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(HELSINKI));
    }
}
