package fi.polku.compensation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The municipalities and their merges. A person living in a municipality that merged lives in the merged one from
 * the merge on without moving, so the month's payment follows the merge.
 */
public final class MunicipalityRegister {

    private final Map<String, Municipality> byCode;
    private final List<MunicipalityMerge> merges;

    public MunicipalityRegister(List<Municipality> municipalities, List<MunicipalityMerge> merges) {
        this.byCode = municipalities.stream().collect(Collectors.toUnmodifiableMap(Municipality::code, Function.identity()));
        this.merges = List.copyOf(merges);
    }

    public Optional<Municipality> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public boolean exists(String code) {
        return byCode.containsKey(code);
    }

    /** The codes of the mainland municipalities that exist on {@code day} and have a wellbeing services county. */
    public List<String> mainlandWithCountyOn(LocalDate day) {
        return byCode.keySet().stream().sorted()
                .filter(code -> {
                    Municipality m = on(code, day);
                    return m.code().equals(code) && !m.aland() && m.county().isPresent();
                }).toList();
    }

    /** The municipality {@code code} is part of on {@code day}, following merges (at most one per day and code). */
    public Municipality on(String code, LocalDate day) {
        String current = code;
        for (int hops = 0; hops <= merges.size(); hops++) {
            MunicipalityMerge merge = null;
            for (MunicipalityMerge m : merges) {
                if (m.fromCode().equals(current) && !day.isBefore(m.effectiveFrom())) {
                    merge = m;
                    break;
                }
            }
            if (merge == null) {
                Municipality found = byCode.get(current);
                if (found == null) {
                    throw new IllegalArgumentException("Unknown municipality " + current);
                }
                return found;
            }
            current = merge.toCode();
        }
        throw new IllegalStateException("Municipality merges form a cycle at " + code);
    }

    public int size() {
        return byCode.size();
    }
}
