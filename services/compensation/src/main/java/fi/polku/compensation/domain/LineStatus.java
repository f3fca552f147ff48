package fi.polku.compensation.domain;

public enum LineStatus {
    PAYABLE,
    /** A precondition failed on the month's first day; the amounts show what is held back. */
    WITHHELD
}
