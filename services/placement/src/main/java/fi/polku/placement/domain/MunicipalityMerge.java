package fi.polku.placement.domain;

import java.time.LocalDate;

/** A municipality that ceased to exist: from {@code effectiveFrom} its residents live in {@code into}. */
public record MunicipalityMerge(String from, String into, LocalDate effectiveFrom) {
}
