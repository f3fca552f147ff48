package fi.polku.placement.application;

import fi.polku.kit.audit.AuditAction;
import fi.polku.kit.audit.AuditTrail;
import fi.polku.kit.audit.Purpose;
import fi.polku.kit.domain.NotFound;
import fi.polku.kit.store.AggregateAlreadyExists;
import fi.polku.kit.store.Aggregates;
import fi.polku.placement.domain.PlacementCase;
import fi.polku.placement.domain.QuotaPersonalData;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Migri's full personal data of quota refugees, and its recorded release to the accepting municipality. Every
 * storing, release and anonymisation is on the audit trail before it happens (fail closed).
 */
public class QuotaDataService {

    static final String RECORD = "quota-personal-data";

    private final Aggregates<QuotaPersonalData> data;
    private final Aggregates<PlacementCase> cases;
    private final AuditTrail audit;
    private final Clock clock;

    public QuotaDataService(Aggregates<QuotaPersonalData> data, Aggregates<PlacementCase> cases, AuditTrail audit,
                            Clock clock) {
        this.data = data;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    public void store(String caseId, List<QuotaPersonalData.Person> persons) {
        PlacementCase placementCase = cases.find(caseId).orElseThrow(() -> new NotFound("case", caseId));
        if (placementCase.route() != PlacementCase.Route.QUOTA) {
            throw new NotFound("quota case", caseId);
        }
        boolean stored = data.find(caseId).isPresent();
        audit.record(stored ? AuditAction.UPDATE : AuditAction.CREATE, Purpose.PLACEMENT, RECORD, caseId,
                personIds(persons));
        if (!stored) {
            try {
                data.create(caseId, QuotaPersonalData.of(caseId, persons), List.of());
                return;
            } catch (AggregateAlreadyExists raced) {
                // replaced below
            }
        }
        data.update(caseId, d -> {
            d.replace(persons);
            return List.of();
        });
    }

    /** Releases the data to the officer of the accepting municipality, recording the release in the same write. */
    public List<QuotaPersonalData.Person> release(String caseId, String municipality, String officer) {
        PlacementCase placementCase = cases.find(caseId).orElseThrow(() -> new NotFound("case", caseId));
        List<QuotaPersonalData.Person> released = new ArrayList<>();
        data.update(caseId, d -> {
            released.clear();
            released.addAll(d.releaseTo(placementCase, municipality, officer, clock.instant()));
            return List.of();
        });
        // on the audit log before the data is returned: a release the log cannot show fails
        audit.record(AuditAction.EXPORT, Purpose.PLACEMENT, RECORD, caseId, personIds(released));
        return released;
    }

    /** Retention: the data of a case settled long enough ago loses names and Migri's ids; returns whether it did. */
    public boolean anonymise(String caseId, LocalDate on) {
        QuotaPersonalData current = data.find(caseId).orElse(null);
        if (current == null || current.anonymisedOn().isPresent()) {
            return false;
        }
        audit.record(AuditAction.ANONYMISE, Purpose.RETENTION, RECORD, caseId, personIds(current.persons()));
        data.update(caseId, d -> {
            d.anonymise(on);
            return List.of();
        });
        return true;
    }

    private static List<String> personIds(List<QuotaPersonalData.Person> persons) {
        return persons.stream().map(QuotaPersonalData.Person::personId).toList();
    }

    public QuotaPersonalData get(String caseId) {
        return data.find(caseId).orElseThrow(() -> new NotFound("personal data of case", caseId));
    }
}
