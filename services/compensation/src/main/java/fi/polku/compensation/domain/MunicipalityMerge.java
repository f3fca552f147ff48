package fi.polku.compensation.domain;

import java.time.LocalDate;

/** From {@code effectiveFrom} on, municipality {@code fromCode} is part of {@code toCode}. */
public record MunicipalityMerge(String fromCode, String toCode, LocalDate effectiveFrom, String source) {
}
