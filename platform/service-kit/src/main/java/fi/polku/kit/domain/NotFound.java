package fi.polku.kit.domain;

/** The addressed record does not exist (or is not visible to the caller, which must not learn the difference). */
public class NotFound extends RuntimeException {

    public NotFound(String what, String id) {
        super(what + " " + id + " not found");
    }
}
