package fi.polku.compensation.domain.claim;

/** Which municipality may claim the costs of a person. */
public enum Claimant {
    /** The person's municipality of residence on the first day of the costs. */
    RESIDENCE,
    /** The person's first municipality of residence (it prepared for the arrival). */
    FIRST_RESIDENCE
}
