package fi.polku.compensation.application;

import fi.polku.compensation.domain.payment.LedgerAccount;
import fi.polku.compensation.domain.payment.PersonAccount;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * An entitlement beside its ledger account as the previous run left it, either of them possibly missing (a new
 * entitlement; an account whose entitlement is gone). Both streams come in id order, so they are merged in one pass.
 */
record AccountedEntitlement(EntitlementSource.Stored entitlement, PersonAccount before) {

    String id() {
        return entitlement != null ? entitlement.id() : before.entitlementId();
    }

    LedgerAccount paid() {
        return before == null ? LedgerAccount.empty() : before.account();
    }

    static Iterator<AccountedEntitlement> merge(Stream<EntitlementSource.Stored> entitlements,
                                                Stream<PersonAccount> accounts) {
        Iterator<EntitlementSource.Stored> e = entitlements.iterator();
        Iterator<PersonAccount> a = accounts.iterator();
        return new Iterator<>() {
            EntitlementSource.Stored nextEntitlement = e.hasNext() ? e.next() : null;
            PersonAccount nextAccount = a.hasNext() ? a.next() : null;

            @Override
            public boolean hasNext() {
                return nextEntitlement != null || nextAccount != null;
            }

            @Override
            public AccountedEntitlement next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int order = nextEntitlement == null ? 1 : nextAccount == null ? -1
                        : nextEntitlement.id().compareTo(nextAccount.entitlementId());
                AccountedEntitlement pair = new AccountedEntitlement(order <= 0 ? nextEntitlement : null,
                        order >= 0 ? nextAccount : null);
                if (order <= 0) {
                    nextEntitlement = e.hasNext() ? e.next() : null;
                }
                if (order >= 0) {
                    nextAccount = a.hasNext() ? a.next() : null;
                }
                return pair;
            }
        };
    }
}
