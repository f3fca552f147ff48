package fi.polku.kit.domain;

/** One field of a request is invalid for a reason only the domain can judge (a wrong identity code checksum). */
public class InvalidInput extends RuntimeException {

    private final String field;
    private final String reason;

    public InvalidInput(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
