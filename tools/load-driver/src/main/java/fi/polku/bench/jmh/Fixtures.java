package fi.polku.bench.jmh;

import fi.polku.compensation.domain.MunicipalityTerms;
import fi.polku.events.IntegrationGroup;
import fi.polku.events.Needs;
import fi.polku.events.placement.AgreementChanged;
import fi.polku.placement.adapter.out.reference.CsvMunicipalities;
import fi.polku.placement.domain.Agreement;
import fi.polku.placement.domain.AgreementTerms;
import fi.polku.placement.domain.CaseMember;
import fi.polku.placement.domain.ConfirmedPlaces;
import fi.polku.placement.domain.MunicipalityRegister;
import fi.polku.placement.domain.PlaceGroup;
import fi.polku.placement.domain.PlacementCase;
import fi.polku.placement.domain.Recommender;
import fi.polku.placement.domain.ScoreWeights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** The inputs the benchmarks share: every municipality under agreement, a family, terms in force. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Recommender recommender(MunicipalityRegister register) {
        return new Recommender(register, CsvMunicipalities.regionalAuthorities(), ScoreWeights.defaults());
    }

    /** An agreement for every municipality that exists on {@code today}, with places in every group this year. */
    public static List<Agreement> everyMunicipalityUnderAgreement(MunicipalityRegister register, LocalDate today) {
        return register.existingOn(today).stream().map(m -> Agreement.of(m.code(), new AgreementTerms(
                LocalDate.of(2020, 1, 1), null, java.util.Arrays.stream(PlaceGroup.values())
                        .filter(g -> g != PlaceGroup.UNACCOMPANIED_MINOR) // agreed as family group homes instead
                        .map(g -> new ConfirmedPlaces(today.getYear(), g, 20 + Math.floorMod(m.code().hashCode(), 80))).toList(),
                List.of(), false, null, null))).toList();
    }

    /** Two parents and {@code children} children from a reception centre in Oulu, wishing for Jyväskylä. */
    public static PlacementCase family(int children, LocalDate today) {
        List<CaseMember> members = IntStream.range(0, 2 + children).mapToObj(i -> new CaseMember("p" + i,
                i < 2 ? LocalDate.of(1988, 1, 1) : LocalDate.of(2015 + i, 1, 1), i == 0 ? "APPLICANT"
                        : i == 1 ? "SPOUSE" : "CHILD", false)).toList();
        return PlacementCase.fromApplication("c1", "h1", IntegrationGroup.INTERNATIONAL_PROTECTION, "rc-oulu", "564",
                "17", today, today, members, new Needs(true, false, children >= 3, false), List.of("ar"),
                List.of("091"), List.of("179", "837"));
    }

    /** A municipality's agreement and integration programme, in force since 2020. */
    public static Optional<MunicipalityTerms> termsInForce(String municipality) {
        LocalDate since = LocalDate.of(2020, 1, 1);
        return Optional.of(MunicipalityTerms.from(new AgreementChanged(municipality, since, null, List.of(), false,
                new AgreementChanged.IntegrationProgramme(since, null)), Instant.EPOCH));
    }
}
