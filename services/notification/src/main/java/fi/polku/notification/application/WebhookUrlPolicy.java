package fi.polku.notification.application;

import fi.polku.kit.domain.InvalidInput;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which webhook URLs a recipient may register: absolute, HTTPS (unless configured otherwise for local runs), no
 * credentials in the URL, and, unless allowed, nothing on loopback, link-local or private networks, so that a
 * webhook cannot be aimed at the service's own surroundings.
 */
public record WebhookUrlPolicy(boolean requireHttps, boolean allowPrivateNetworks) {

    static final int MAX_LENGTH = 2048;
    private static final Pattern IPV4 = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}$");
    private static final String FIELD = "webhook.url";

    /** The URL as it will be called; throws {@link InvalidInput} naming the rule it breaks. */
    public String check(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_LENGTH) {
            throw new InvalidInput(FIELD, "is required, at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new InvalidInput(FIELD, "is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && !requireHttps)) {
            throw new InvalidInput(FIELD, requireHttps ? "must be an https URL" : "must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new InvalidInput(FIELD, "must have a host and no user info or fragment");
        }
        if (!allowPrivateNetworks && isPrivate(uri.getHost())) {
            throw new InvalidInput(FIELD, "must not point to a loopback, link-local or private address");
        }
        return uri.toString();
    }

    private static boolean isPrivate(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost") || h.endsWith(".local") || h.endsWith(".internal")) {
            return true;
        }
        boolean literal = IPV4.matcher(h).matches() || h.startsWith("[");
        if (!literal) {
            return false;
        }
        try {
            // a literal address: no name lookup happens
            InetAddress address = InetAddress.getByName(h.startsWith("[") ? h.substring(1, h.length() - 1) : h);
            return address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                    || address.isAnyLocalAddress() || address.isMulticastAddress()
                    || (address.getAddress().length == 16 && (address.getAddress()[0] & 0xfe) == 0xfc);
        } catch (UnknownHostException e) {
            return true;
        }
    }
}
