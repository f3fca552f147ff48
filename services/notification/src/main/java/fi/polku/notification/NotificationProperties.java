package fi.polku.notification;

import fi.polku.notification.domain.Language;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Map;

/**
 * {@code polku.notification.*}: what is configuration rather than code.
 *
 * @param recipientLanguages languages of recipients other than municipalities (which follow their language
 *                           status), by recipient kind ({@code reception-centre: en}) or by one recipient
 *                           ({@code "[reception-centre:rc-vaasa]": sv,en}); the latter wins
 * @param placementApiUrl    base URL of links into the placement API; empty keeps them relative
 */
@ConfigurationProperties("polku.notification")
public record NotificationProperties(Map<String, List<Language>> recipientLanguages, String placementApiUrl) {

    public NotificationProperties {
        recipientLanguages = recipientLanguages == null ? Map.of() : recipientLanguages;
        placementApiUrl = placementApiUrl == null ? "" : placementApiUrl;
    }
}
