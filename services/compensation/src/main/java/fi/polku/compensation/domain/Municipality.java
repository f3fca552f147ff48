package fi.polku.compensation.domain;

import java.util.Optional;

/**
 * A municipality as compensation sees it: whether it is in Åland (own rates) and which wellbeing services county
 * receives the county share (Helsinki is its own; Åland has none).
 */
public record Municipality(String code, String nameFi, boolean aland, String wellbeingCounty) {

    public Recipient recipient() {
        return aland ? Recipient.ALAND_MUNICIPALITY : Recipient.MUNICIPALITY;
    }

    public Optional<String> county() {
        return Optional.ofNullable(wellbeingCounty).filter(c -> !c.isBlank());
    }
}
