package fi.polku.placement.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** All municipalities and the merges between them, as effective-dated reference data. */
public final class MunicipalityRegister {

    private final Map<String, Municipality> byCode;
    private final List<MunicipalityMerge> merges;

    public MunicipalityRegister(List<Municipality> municipalities, List<MunicipalityMerge> merges) {
        this.byCode = municipalities.stream().collect(Collectors.toUnmodifiableMap(Municipality::code,
                Function.identity()));
        this.merges = List.copyOf(merges);
    }

    public Optional<Municipality> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The municipalities that exist on {@code date}: merged ones are gone from their merge date. */
    public List<Municipality> existingOn(LocalDate date) {
        return byCode.values().stream()
                .filter(m -> merges.stream().noneMatch(x -> x.from().equals(m.code()) && !date.isBefore(x.effectiveFrom())))
                .sorted(Comparator.comparing(Municipality::code)).toList();
    }

    /** Where a person registered in {@code code} lives on {@code date}, following merges (Pertunmaa → Mäntyharju). */
    public String effectiveCode(String code, LocalDate date) {
        String current = code;
        for (MunicipalityMerge merge : merges) {
            if (merge.from().equals(current) && !date.isBefore(merge.effectiveFrom())) {
                current = merge.into();
            }
        }
        return current;
    }

    public boolean exists(String code, LocalDate date) {
        return byCode.containsKey(code) && effectiveCode(code, date).equals(code);
    }

    /** Every code of the region, merged municipalities included: old cases keep their old codes. */
    public List<String> codesInRegion(String regionCode) {
        return byCode.values().stream().filter(m -> regionCode.equals(m.regionCode())).map(Municipality::code)
                .sorted().toList();
    }

    /** Every region code of the register, sorted. */
    public List<String> regionCodes() {
        return byCode.values().stream().map(Municipality::regionCode).filter(java.util.Objects::nonNull).distinct()
                .sorted().toList();
    }

    public String regionOf(String code) {
        return find(code).map(Municipality::regionCode).orElse(null);
    }
}
