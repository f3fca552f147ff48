package fi.polku.notification.domain;

import fi.polku.kit.domain.InvalidInput;

/**
 * Who a notification is for: an organisation, never a person or a contact detail. Written as {@code kind:id},
 * e.g. {@code municipality:091}, {@code reception-centre:rc-oulu}, {@code wellbeing-county:pohjanmaan-hyvinvointialue}
 * or {@code region:17} (the placement coordinators of a region).
 */
public record Recipient(String kind, String id) {

    public static final String MUNICIPALITY = "municipality";
    public static final String RECEPTION_CENTRE = "reception-centre";
    public static final String WELLBEING_COUNTY = "wellbeing-county";
    public static final String REGION = "region";

    public Recipient {
        if (kind == null || kind.isBlank() || kind.contains(":") || id == null || id.isBlank()) {
            throw new InvalidInput("recipient", "is not of the form kind:id");
        }
    }

    public static Recipient municipality(String code) {
        return new Recipient(MUNICIPALITY, code);
    }

    public static Recipient receptionCentre(String id) {
        return new Recipient(RECEPTION_CENTRE, id);
    }

    public static Recipient wellbeingCounty(String id) {
        return new Recipient(WELLBEING_COUNTY, id);
    }

    public static Recipient region(String code) {
        return new Recipient(REGION, code);
    }

    public static Recipient parse(String key) {
        int colon = key == null ? -1 : key.indexOf(':');
        if (colon < 0) {
            throw new InvalidInput("recipient", "is not of the form kind:id");
        }
        return new Recipient(key.substring(0, colon), key.substring(colon + 1));
    }

    public boolean isMunicipality() {
        return MUNICIPALITY.equals(kind);
    }

    /** The stored and published form, {@code kind:id}. */
    public String key() {
        return kind + ":" + id;
    }

    @Override
    public String toString() {
        return key();
    }
}
