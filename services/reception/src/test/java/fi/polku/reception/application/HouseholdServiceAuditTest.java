package fi.polku.reception.application;

import fi.polku.events.PolkuEvent;
import fi.polku.kit.audit.Actor;
import fi.polku.kit.audit.AuditEntry;
import fi.polku.kit.audit.AuditLog;
import fi.polku.kit.audit.AuditQuery;
import fi.polku.kit.audit.AuditTrail;
import fi.polku.kit.audit.Purpose;
import fi.polku.kit.store.Aggregates;
import fi.polku.reception.domain.ChecklistPolicy;
import fi.polku.reception.domain.Household;
import fi.polku.reception.domain.ReceptionCentre;
import fi.polku.reception.domain.Resident;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Fail closed: when the audit log cannot take the entry, nothing is read, created or changed. */
class HouseholdServiceAuditTest {

    final Map<String, Household> stored = new HashMap<>();
    boolean logDown;

    final HouseholdService service = new HouseholdService(new InMemory(), new ReceptionCentres() {
        @Override
        public Optional<ReceptionCentre> find(String id) {
            return Optional.of(new ReceptionCentre(id, "Centre", "Operator", "564"));
        }

        @Override
        public List<ReceptionCentre> all() {
            return List.of();
        }
    }, ChecklistPolicy.defaults(), new AuditTrail(new AuditLog() {
        @Override
        public void append(List<AuditEntry> entries) {
            if (logDown) {
                throw new IllegalStateException("audit log unavailable");
            }
        }

        @Override
        public List<AuditEntry> search(AuditQuery query) {
            return List.of();
        }
    }, () -> new Actor("staff@rc-oulu", List.of("RECEPTION_STAFF")), Clock.systemUTC()), Clock.systemUTC());

    @Test
    void withoutTheAuditLogNothingIsReadCreatedOrChanged() {
        Household household = service.register("rc-oulu", List.of(resident()));
        logDown = true;

        assertThatThrownBy(() -> service.read(household.id(), Purpose.RECEPTION)).hasMessage("audit log unavailable");
        assertThatThrownBy(() -> service.register("rc-oulu", List.of(resident())))
                .hasMessage("audit log unavailable");
        assertThat(stored).hasSize(1);
        assertThatThrownBy(() -> service.recordMoveOut(household.id(), LocalDate.of(2026, 3, 2), "091"))
                .hasMessage("audit log unavailable");
        assertThat(stored.get(household.id()).moveOutDate()).isEmpty();
        // the scope check reads no personal data and needs no entry
        assertThat(service.receptionCentreOf(household.id())).isEqualTo("rc-oulu");
    }

    private static Resident resident() {
        return new Resident(UUID.randomUUID().toString(), "Amina", "Testinen", LocalDate.of(1952, 10, 13), null,
                null, Resident.Relationship.APPLICANT, false, null, null, List.of("ar"));
    }

    /** Just enough of the store for the use cases under test. */
    private final class InMemory implements Aggregates<Household> {

        @Override
        public Optional<Household> find(String id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public Household create(String id, Household state, List<? extends PolkuEvent> events) {
            stored.put(id, state);
            return state;
        }

        @Override
        public boolean createOnce(UUID eventId, String id, Supplier<Change<Household>> creation) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Household update(String id, Function<Household, List<? extends PolkuEvent>> change) {
            change.apply(stored.get(id));
            return stored.get(id);
        }

        @Override
        public boolean updateOnce(UUID eventId, String id, Function<Household, List<? extends PolkuEvent>> change) {
            throw new UnsupportedOperationException();
        }
    }
}
