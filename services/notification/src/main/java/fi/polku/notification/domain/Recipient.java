package fi.polku.notification.domain;

import fi.polku.kit.domain.InvalidInput;

/**
 * Who a notification is for: an organisation, never a person or a contact detail. Written as {@code kind:id},
 * e.g. {@code municipality:091} or {@code reception-centre:rc-oulu}.
 */
public record Recipient(String kind, String id) {

    public static final String MUNICIPALITY = "municipality";
    public static final String RECEPTION_CENTRE = "reception-centre";

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
