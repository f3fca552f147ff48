package fi.polku.notification.domain;

import fi.polku.kit.domain.InvalidInput;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The rules for a recipient's e-mail addresses: well formed, at most {@value #MAX}, each once. */
public final class EmailAddresses {

    public static final int MAX = 10;
    private static final Pattern ADDRESS = Pattern.compile("^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$");

    private EmailAddresses() {
    }

    /** The addresses trimmed, checked and without repeats (case-insensitively), in the order given. */
    public static List<String> checked(List<String> addresses) {
        List<String> result = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < addresses.size(); i++) {
            String address = addresses.get(i) == null ? "" : addresses.get(i).trim();
            if (address.length() > 254 || !ADDRESS.matcher(address).matches()) {
                throw new InvalidInput("emails[" + i + "]", "is not an e-mail address");
            }
            if (!seen.contains(address.toLowerCase(Locale.ROOT))) {
                seen.add(address.toLowerCase(Locale.ROOT));
                result.add(address);
            }
        }
        if (result.size() > MAX) {
            throw new InvalidInput("emails", "at most " + MAX + " addresses");
        }
        return result;
    }
}
