package fi.polku.placement.domain;

/**
 * A Finnish municipality as reference data: its 3-digit code, names, language status (fi, sv, fi-sv, sv-fi), region
 * and wellbeing services county (Helsinki organises its own services; Åland has none).
 */
public record Municipality(String code, String nameFi, String nameSv, String language, String regionCode,
                           String regionName, boolean aland, Integer population, String wellbeingCounty) {
}
