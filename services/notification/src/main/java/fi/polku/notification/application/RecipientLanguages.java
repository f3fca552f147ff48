package fi.polku.notification.application;

import fi.polku.notification.domain.Language;
import fi.polku.notification.domain.Municipality;
import fi.polku.notification.domain.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

/**
 * Decides the languages a recipient is written to, in order. A municipality gets its language status (the majority
 * language first); a wellbeing services county or a region gets the languages of its municipalities (see
 * {@link AreaLanguages}); other recipients get what configuration says for their kind (e.g. English for reception
 * centres). Configuration for one recipient ({@code kind:id}) wins over everything else.
 */
public class RecipientLanguages {

    private static final Logger log = LoggerFactory.getLogger(RecipientLanguages.class);
    /** When nothing is known, both national languages: no recipient is left unable to read the message. */
    static final List<Language> NATIONAL = List.of(Language.FI, Language.SV);

    private final Municipalities municipalities;
    private final Map<String, List<Language>> configured;

    /** @param configured languages by recipient ({@code kind:id}) or by recipient kind */
    public RecipientLanguages(Municipalities municipalities, Map<String, List<Language>> configured) {
        this.municipalities = municipalities;
        this.configured = Map.copyOf(configured);
    }

    public List<Language> of(Recipient recipient) {
        List<Language> own = configured.get(recipient.key());
        if (own != null) {
            return own;
        }
        if (recipient.isMunicipality()) {
            return municipalities.find(recipient.id()).map(m -> m.languageStatus().languages()).orElseGet(() -> {
                log.warn("Municipality {} is not in the reference data; writing in Finnish and Swedish", recipient.id());
                return NATIONAL;
            });
        }
        List<Municipality> area = switch (recipient.kind()) {
            case Recipient.WELLBEING_COUNTY -> municipalities.ofCounty(recipient.id());
            case Recipient.REGION -> municipalities.ofRegion(recipient.id());
            default -> List.of();
        };
        if (!area.isEmpty() && !configured.containsKey(recipient.kind())) {
            return AreaLanguages.of(area);
        }
        return configured.getOrDefault(recipient.kind(), NATIONAL);
    }
}
