package fi.polku.compensation.domain;

/** Who an annual amount is paid to: Åland municipalities have their own rates and no wellbeing services county. */
public enum Recipient {
    MUNICIPALITY,
    ALAND_MUNICIPALITY,
    /** A wellbeing services county (hyvinvointialue), or the City of Helsinki, which organises its own services. */
    WELLBEING_COUNTY
}
