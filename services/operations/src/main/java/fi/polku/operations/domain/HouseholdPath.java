package fi.polku.operations.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The operator's view of one household on the path: its current stage, the case placement opened for it, the
 * municipality it is heading to and the timeline of every event about it. Built from the events of reception,
 * placement and compensation, which may arrive in any order across topics; the stage therefore only moves forward
 * (but for a declined or expired offer), and the timeline is kept in event-time order.
 */
public class HouseholdPath {

    /** More than any real household produces; keeps one document bounded should a producer misbehave. */
    static final int MAX_TIMELINE = 200;

    private String householdId;
    private String caseId;
    private String route;
    private String receptionCentreId;
    private String municipality;
    private int householdSize;
    private LocalDate permitDate;
    private String assignedMunicipality;
    private LocalDate assignedOn;
    private Stage stage;
    private Instant lastEventAt;
    private List<TimelineEntry> timeline = new ArrayList<>();

    private HouseholdPath() {
        // for the store
    }

    public static HouseholdPath of(String householdId) {
        HouseholdPath path = new HouseholdPath();
        path.householdId = householdId;
        return path;
    }

    /** Records an event on the timeline and moves the household to {@code reached} unless it is further already. */
    public void record(TimelineEntry entry, Stage reached) {
        if (timeline.stream().noneMatch(e -> e.eventId().equals(entry.eventId()))) {
            timeline.add(entry);
            timeline.sort(Comparator.comparing(TimelineEntry::time));
            if (timeline.size() > MAX_TIMELINE) {
                timeline.remove(0);
            }
        }
        if (stage == null || reached.compareTo(stage) > 0) {
            stage = reached;
        }
        if (lastEventAt == null || entry.time().isAfter(lastEventAt)) {
            lastEventAt = entry.time();
        }
    }

    /** A declined or expired offer: the case is back in the coordinator's queue, unless it moved on meanwhile. */
    public void offerClosed(TimelineEntry entry) {
        record(entry, Stage.WAITING_FOR_OFFER);
        if (stage == Stage.OFFERED) {
            stage = Stage.WAITING_FOR_OFFER;
        }
    }

    public void permit(String receptionCentreId, LocalDate decisionDate) {
        this.receptionCentreId = receptionCentreId;
        if (permitDate == null || decisionDate.isBefore(permitDate)) {
            permitDate = decisionDate;
        }
    }

    public void caseOpened(String caseId, String route, String receptionCentreId, LocalDate permitDate,
                           int householdSize) {
        this.caseId = caseId;
        this.route = route;
        if (receptionCentreId != null) {
            this.receptionCentreId = receptionCentreId;
        }
        this.permitDate = permitDate;
        this.householdSize = householdSize;
    }

    public void heading(String municipality) {
        this.municipality = municipality;
    }

    public void assigned(String municipality, LocalDate on) {
        this.municipality = municipality;
        this.assignedMunicipality = municipality;
        this.assignedOn = on;
    }

    /**
     * Past the target from permit to assignment, as placement defines it: a case not yet assigned whose permit is
     * older than the target; self-moves need no assignment and never count.
     */
    public boolean pastTarget(Period target, LocalDate today) {
        return caseId != null && !"SELF_MOVE".equals(route) && stage != null && stage.beforeAssignment()
                && permitDate != null && permitDate.plus(target).isBefore(today);
    }

    public String householdId() {
        return householdId;
    }

    public String caseId() {
        return caseId;
    }

    public String route() {
        return route;
    }

    public String receptionCentreId() {
        return receptionCentreId;
    }

    public String municipality() {
        return municipality;
    }

    public int householdSize() {
        return householdSize;
    }

    public LocalDate permitDate() {
        return permitDate;
    }

    public String assignedMunicipality() {
        return assignedMunicipality;
    }

    public LocalDate assignedOn() {
        return assignedOn;
    }

    public Stage stage() {
        return stage;
    }

    public Instant lastEventAt() {
        return lastEventAt;
    }

    public List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }
}
