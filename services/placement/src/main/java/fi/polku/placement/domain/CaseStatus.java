package fi.polku.placement.domain;

/** The stage of a placement case. */
public enum CaseStatus { OPEN, OFFERED, ASSIGNED, SETTLED }
