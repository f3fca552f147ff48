package fi.polku.reception.domain;

import fi.polku.events.IntegrationGroup;
import fi.polku.events.Needs;
import fi.polku.events.reception.ConsentRevoked;
import fi.polku.kit.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsentRuleTest {

    static final LocalDate DAY = LocalDate.of(2026, 4, 1);
    static final Set<Consent.Scope> BOTH = Set.of(Consent.Scope.MUNICIPALITY, Consent.Scope.WELLBEING_SERVICES_COUNTY);

    static PlacementApplication application(Needs needs) {
        return new PlacementApplication("app", DAY, needs, List.of("ar"), List.of(), List.of("564"));
    }

    @Test
    void needsFromHealthDataNeedEveryMembersConsentToEachRecipient() {
        Household h = HouseholdTest.withPermits(IntegrationGroup.INTERNATIONAL_PROTECTION);
        h.recordConsent(new Consent("a", BOTH, DAY, null));
        h.recordConsent(new Consent("c", Set.of(Consent.Scope.MUNICIPALITY), DAY, null));
        assertThatThrownBy(() -> h.requestPlacement(application(new Needs(true, false, false, false)), "564"))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("consent-required");
                    assertThat(e.getMessage()).contains("c to WELLBEING_SERVICES_COUNTY").doesNotContain("a to");
                });
        // accessibility goes to the municipality only: the child's consent covers it
        assertThat(h.requestPlacement(application(new Needs(false, true, false, false)), "564").needs()
                .accessibility()).isTrue();
    }

    @Test
    void aConsentGivenLaterOrRevokedEarlierDoesNotCount() {
        Household h = HouseholdTest.withPermits(IntegrationGroup.INTERNATIONAL_PROTECTION);
        h.recordConsent(new Consent("a", BOTH, DAY.plusDays(1), null));
        h.recordConsent(new Consent("c", BOTH, DAY.minusDays(9), null));
        h.revokeConsent("c", DAY);
        assertThatThrownBy(() -> h.requestPlacement(application(new Needs(false, true, false, false)), "564"))
                .hasMessageContaining("a to MUNICIPALITY").hasMessageContaining("c to MUNICIPALITY");
        // flags that follow from the members need no consent
        assertThat(h.requestPlacement(application(new Needs(false, false, true, true)), "564")).isNotNull();
    }

    @Test
    void aRevocationAfterTheNeedsWereSharedTellsTheHoldersAndBeforeItNobody() {
        Household shared = HouseholdTest.withPermits(IntegrationGroup.INTERNATIONAL_PROTECTION);
        shared.recordConsent(new Consent("a", BOTH, DAY, null));
        shared.recordConsent(new Consent("c", BOTH, DAY, null));
        shared.requestPlacement(application(new Needs(true, false, false, false)), "564");
        assertThat(shared.revokeConsent("a", DAY.plusDays(5))).containsExactly(new ConsentRevoked("h", "a",
                List.of(ConsentRevoked.Recipient.MUNICIPALITY, ConsentRevoked.Recipient.WELLBEING_SERVICES_COUNTY),
                DAY.plusDays(5)));
        assertThat(shared.consentAllows("a", Consent.Scope.MUNICIPALITY, DAY.plusDays(5))).isFalse();
        assertThat(shared.consentAllows("a", Consent.Scope.MUNICIPALITY, DAY.plusDays(4))).isTrue();

        Household notShared = HouseholdTest.withPermits(IntegrationGroup.INTERNATIONAL_PROTECTION);
        notShared.recordConsent(new Consent("a", BOTH, DAY, null));
        assertThat(notShared.revokeConsent("a", DAY.plusDays(5))).isEmpty();
    }
}
