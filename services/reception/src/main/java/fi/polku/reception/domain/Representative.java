package fi.polku.reception.domain;

/** The legal representative (edustaja) of an unaccompanied minor. Personal data: stays in reception. */
public record Representative(String name, String phone, String email) {
}
