package fi.polku.compensation.adapter.in.web;

import fi.polku.compensation.domain.Entitlement;
import fi.polku.compensation.domain.Residence;

import java.time.LocalDate;
import java.util.List;

/** An entitlement; the schedule is included when one entitlement is asked for. */
record EntitlementView(String id, String personId, String householdId, LocalDate birthDate, String compensationGroup,
                       LocalDate periodStart, LocalDate periodEnd, String municipality, List<Residence> residences,
                       ScheduleView schedule) {

    static EntitlementView of(Entitlement e, ScheduleView schedule) {
        return new EntitlementView(e.id(), e.personId(), e.householdId(), e.birthDate(), e.group().name(),
                e.period().start(), e.period().end(), e.municipality(), e.residenceHistory().residences(), schedule);
    }
}
