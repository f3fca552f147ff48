package fi.polku.placement.domain;

import fi.polku.kit.domain.DomainRuleViolation;
import fi.polku.kit.domain.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgreementTest {

    static Agreement agreement(int asylum2026, int quota2026) {
        return Agreement.of("179", new AgreementTerms(LocalDate.of(2017, 1, 1), null,
                List.of(new ConfirmedPlaces(2026, PlaceGroup.ASYLUM, asylum2026),
                        new ConfirmedPlaces(2026, PlaceGroup.QUOTA, quota2026),
                        new ConfirmedPlaces(2025, PlaceGroup.ASYLUM, 100)),
                false, new IntegrationProgramme(LocalDate.of(2025, 1, 1), null)));
    }

    @Test
    void capacityIsCountedPerYearAndGroup() {
        Agreement a = agreement(5, 2);
        a.reserve("o1", 2026, PlaceGroup.ASYLUM, 4);
        assertThat(a.placesLeft(2026, PlaceGroup.ASYLUM)).isEqualTo(1);
        assertThat(a.placesLeft(2026, PlaceGroup.QUOTA)).isEqualTo(2);
        assertThat(a.placesLeft(2025, PlaceGroup.ASYLUM)).isEqualTo(100);
        assertThat(a.placesLeft(2026, PlaceGroup.TEMPORARY_PROTECTION)).isZero();
    }

    @Test
    void aFamilyIsNeverSplitOverTheLastPlaces() {
        Agreement a = agreement(3, 0);
        assertThatThrownBy(() -> a.reserve("o1", 2026, PlaceGroup.ASYLUM, 4))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule()).isEqualTo("no-places-left");
        assertThat(a.used(2026, PlaceGroup.ASYLUM)).isZero();
    }

    @Test
    void reservingForTheSameOfferTwiceTakesThePlacesOnce() {
        Agreement a = agreement(3, 0);
        a.reserve("o1", 2026, PlaceGroup.ASYLUM, 3);
        a.reserve("o1", 2026, PlaceGroup.ASYLUM, 3);
        assertThat(a.used(2026, PlaceGroup.ASYLUM)).isEqualTo(3);
    }

    @Test
    void validityIsInclusiveOfBothEnds() {
        Agreement a = Agreement.of("179", new AgreementTerms(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                List.of(), false, null));
        assertThat(a.inForce(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(a.inForce(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(a.inForce(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(a.inForce(LocalDate.of(2027, 1, 1))).isFalse();
    }

    @Test
    void rejectsContradictoryTerms() {
        assertThatThrownBy(() -> Agreement.of("179", new AgreementTerms(LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 1, 1), List.of(), false, null))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Agreement.of("179", new AgreementTerms(LocalDate.of(2026, 1, 1), null,
                List.of(new ConfirmedPlaces(2026, PlaceGroup.QUOTA, 1), new ConfirmedPlaces(2026, PlaceGroup.QUOTA, 2)),
                false, null))).isInstanceOf(InvalidInput.class);
    }
}
