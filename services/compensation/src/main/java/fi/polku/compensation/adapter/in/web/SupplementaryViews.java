package fi.polku.compensation.adapter.in.web;

import fi.polku.compensation.domain.supplementary.SupplementaryApplication;
import fi.polku.compensation.domain.supplementary.SupplementaryProgramme;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

final class SupplementaryViews {

    private SupplementaryViews() {
    }

    record ProgrammeView(String code, int arrivalYear, LocalDate applicationsFrom, LocalDate applicationsUntil,
                         LocalDate ageOn, long under7Cents, long sevenOrOverCents, String source) {

        static ProgrammeView of(SupplementaryProgramme p) {
            return new ProgrammeView(p.code(), p.arrivalYear(), p.applicationsFrom(), p.applicationsUntil(),
                    p.ageOn(), p.under7Cents(), p.sevenOrOverCents(), p.source());
        }
    }

    record PersonView(String personId, String entitlementId, String ageBand, long cents) {
    }

    record ApplicationView(String id, String programme, String municipality, List<PersonView> persons,
                           long totalCents, String status, String submittedBy, Instant submittedAt,
                           String decidedBy, Instant decidedAt, String reason, String grounds, long approvedCents,
                           String paymentMonth) {

        static ApplicationView of(SupplementaryApplication a) {
            return new ApplicationView(a.id(), a.programme(), a.municipality(), a.persons().stream()
                    .map(p -> new PersonView(p.personId(), p.entitlementId(), p.ageBand().name(), p.cents())).toList(),
                    a.totalCents(), a.status().name(), a.submittedBy(), a.submittedAt(), a.decidedBy().orElse(null),
                    a.decidedAt().orElse(null), a.reason().map(Enum::name).orElse(null), a.grounds().orElse(null), a.approvedCents(),
                    a.paymentMonth().map(YearMonth::toString).orElse(null));
        }
    }
}
