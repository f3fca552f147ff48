package fi.polku.compensation.domain.payment;

/** Who a payment proposal is for: a municipality, or a wellbeing services county (or the City of Helsinki). */
public enum PayeeKind {
    MUNICIPALITY,
    WELLBEING_COUNTY
}
