package fi.polku.reception.domain;

/** A reception centre (vastaanottokeskus): who runs it and in which municipality it is. */
public record ReceptionCentre(String id, String name, String operator, String municipality) {
}
