package fi.polku.placement.application;

import fi.polku.events.reception.MovedOut;
import fi.polku.kit.domain.DomainRuleViolation;
import fi.polku.kit.domain.InvalidInput;
import fi.polku.kit.messaging.IncomingEvent;
import fi.polku.kit.store.Aggregates;
import fi.polku.placement.domain.MunicipalityMerge;
import fi.polku.placement.domain.MunicipalityRegister;
import fi.polku.placement.domain.PlacementCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Where each household lives: the municipality of residence from the move-out, the quota arrival or the self-move,
 * and every later change, including the ones a municipal merge makes without anybody moving.
 */
public class ResidenceService {

    private static final Logger log = LoggerFactory.getLogger(ResidenceService.class);

    private final Aggregates<PlacementCase> cases;
    private final CaseQueries queries;
    private final MunicipalityRegister register;
    private final List<MunicipalityMerge> merges;
    private final Clock clock;

    public ResidenceService(Aggregates<PlacementCase> cases, CaseQueries queries, MunicipalityRegister register,
                            List<MunicipalityMerge> merges, Clock clock) {
        this.cases = cases;
        this.queries = queries;
        this.register = register;
        this.merges = List.copyOf(merges);
        this.clock = clock;
    }

    /** The household moved out of reception: its municipality of residence starts on the move-out date. */
    public void settleOnMoveOut(IncomingEvent<MovedOut> event) {
        MovedOut moved = event.data();
        queries.unsettledOfHousehold(moved.householdId()).ifPresentOrElse(
                c -> cases.updateOnce(event.id(), c.id(), pc -> List.of(pc.settle(
                        register.effectiveCode(moved.destinationMunicipality(), moved.moveOutDate()),
                        moved.moveOutDate()))),
                () -> log.warn("Move-out of household {} has no open placement case", moved.householdId()));
    }

    /** A quota refugee family arrived in the municipality that accepted it. */
    public PlacementCase recordArrival(String caseId, LocalDate arrivedOn) {
        return cases.update(caseId, c -> {
            if (c.route() != PlacementCase.Route.QUOTA) {
                throw new DomainRuleViolation("not-quota", "Arrivals are recorded for quota refugees; others move out");
            }
            String municipality = c.assignedMunicipality().orElseThrow(() -> new DomainRuleViolation("not-assigned",
                    "A quota refugee arrives only once a municipality accepted"));
            return List.of(c.settle(municipality, arrivedOn));
        });
    }

    /** A later move between municipalities. */
    public PlacementCase changeResidence(String caseId, String municipality, LocalDate since) {
        if (!register.exists(municipality, since)) {
            throw new InvalidInput("municipality", "no such municipality on that date");
        }
        return cases.update(caseId, c -> List.of(c.changeResidence(municipality, since)));
    }

    /** Moves everyone living in a merged municipality to the receiving one from the merge date; safe to repeat. */
    public int followMerges() {
        LocalDate today = LocalDate.now(clock.withZone(PlacementService.HELSINKI));
        int moved = 0;
        for (MunicipalityMerge merge : merges) {
            if (merge.effectiveFrom().isAfter(today)) {
                continue;
            }
            for (PlacementCase c : queries.livingIn(merge.from())) {
                if (c.currentResidence().orElseThrow().from().isBefore(merge.effectiveFrom())) {
                    cases.update(c.id(), pc -> List.of(pc.changeResidence(merge.into(), merge.effectiveFrom())));
                    moved++;
                }
            }
        }
        return moved;
    }
}
