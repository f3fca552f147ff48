package fi.polku.compensation.domain.payment;

/** The ledger account of one entitlement, as a completed run left it. */
public record PersonAccount(String entitlementId, LedgerAccount account) {
}
