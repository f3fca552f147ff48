package fi.polku.events;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The data-minimisation rule for event schemas (docs/data-protection.md, "Minimal events"). Events travel to every
 * consumer and stay on the broker for the topic's retention, so they carry pseudonymous ids, codes and flags only:
 *
 * <ol>
 *   <li><b>No personal property.</b> Names, identity codes, contact details and health information are refused by
 *       property name, wherever they sit ({@code properties}, {@code items}, {@code $defs}).</li>
 *   <li><b>No free text.</b> A string is free text unless an {@code enum}, {@code const}, {@code pattern} or
 *       {@code format} constrains it, or a {@code maxLength} of at most {@value #SHORT_LABEL} (too short for a
 *       narrative), or it is an opaque identifier (its name ends in {@code Id}/{@code Ids}). Free text next to a
 *       person, household or needs is where health information leaks ("the officer's grounds"), so it is never
 *       allowed there; elsewhere only where {@link #REVIEWED_FREE_TEXT} names it with the reason it is safe.</li>
 * </ol>
 */
final class PersonalDataRule {

    static final int SHORT_LABEL = 80;

    /** Personal properties by normalised name (lower case, without '_' and '-'). */
    static final Set<String> PERSONAL_NAMES = Set.of(
            "name", "names", "firstname", "firstnames", "givenname", "lastname", "surname", "familyname", "fullname",
            "personalidentitycode", "identitycode", "hetu", "henkilotunnus", "ssn", "socialsecuritynumber",
            "migricustomernumber", "dateofdeath", "representative",
            "email", "emailaddress", "phone", "phonenumber", "mobile", "telephone", "address", "streetaddress",
            "postaladdress", "homeaddress", "postalcode", "contact", "contactdetails",
            "diagnosis", "diagnoses", "health", "healthinformation", "healthnotes", "medical", "medicalnotes",
            "medication", "disability", "notes", "comment", "comments", "freetext");

    /** Name fragments that mark a personal property in any compound ("recipientEmail", "healthNeedsText"). */
    static final List<String> PERSONAL_FRAGMENTS = List.of("email", "phone", "address", "diagnos", "medical",
            "identitycode", "firstname", "lastname", "surname");

    /** Properties that mark a schema as being about a person: free text is never allowed in it. */
    static final Set<String> PERSON_REFERENCES = Set.of("personId", "personIds", "householdId", "members",
            "needs");

    /** Reviewed free-text properties ("Type.property") of events that concern no person, with why they are safe. */
    static final Map<String, String> REVIEWED_FREE_TEXT = Map.of(
            "fi.polku.compensation.PaymentWithheld.howToRelease",
            "compensation's fixed sentence per withholding reason, about a municipality's agreement or programme",
            "fi.polku.notification.NotificationDelivered.recipient",
            "an organisation or subscription id; notification never publishes a contact detail");

    private PersonalDataRule() {
    }

    /** The violations in one event schema, each naming the property path and the reason; empty when it complies. */
    static List<String> violations(String typeName, JsonNode schema) {
        boolean aboutAPerson = refersToAPerson(schema);
        List<String> found = new ArrayList<>();
        walk(typeName, schema, "", aboutAPerson, false, found);
        return found;
    }

    private static void walk(String typeName, JsonNode node, String path, boolean aboutAPerson, boolean inNeeds,
                             List<String> found) {
        if (node == null || !node.isObject()) {
            return;
        }
        node.path("properties").properties().forEach(p -> {
            String property = p.getKey();
            String at = path.isEmpty() ? property : path + "." + property;
            if (personal(property)) {
                found.add(at + ": personal data (a name, identity code, contact detail or health information)");
            }
            boolean needs = inNeeds || property.toLowerCase(Locale.ROOT).contains("need");
            checkString(typeName, p.getValue(), at, property, aboutAPerson || needs, found);
            walk(typeName, p.getValue(), at, aboutAPerson, needs, found);
        });
        JsonNode items = node.path("items");
        if (items.isObject()) {
            checkString(typeName, items, path + "[]", lastSegment(path), aboutAPerson || inNeeds, found);
            walk(typeName, items, path + "[]", aboutAPerson, inNeeds, found);
        }
        node.path("$defs").properties().forEach(d ->
                walk(typeName, d.getValue(), path + "#" + d.getKey(), aboutAPerson, inNeeds, found));
    }

    private static void checkString(String typeName, JsonNode schema, String at, String property,
                                    boolean personContext, List<String> found) {
        if (!isFreeText(schema, property)) {
            return;
        }
        String key = typeName + "." + at;
        if (personContext) {
            found.add(at + ": free text in an event about a person or needs (use a code: enum or pattern)");
        } else if (!REVIEWED_FREE_TEXT.containsKey(key)) {
            found.add(at + ": free text not reviewed (use a code, or review it into REVIEWED_FREE_TEXT)");
        }
    }

    static boolean isFreeText(JsonNode schema, String property) {
        if (!"string".equals(schema.path("type").asString(""))) {
            return false;
        }
        if (schema.has("enum") || schema.has("const") || schema.has("pattern") || schema.has("format")) {
            return false;
        }
        if (schema.has("maxLength") && schema.path("maxLength").asInt() <= SHORT_LABEL) {
            return false;
        }
        return !(property.endsWith("Id") || property.endsWith("Ids"));
    }

    static boolean personal(String property) {
        String normalised = property.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        return PERSONAL_NAMES.contains(normalised) || PERSONAL_FRAGMENTS.stream().anyMatch(normalised::contains);
    }

    private static boolean refersToAPerson(JsonNode node) {
        if (node == null || !node.isObject()) {
            return false;
        }
        for (var p : node.path("properties").properties()) {
            if (PERSON_REFERENCES.contains(p.getKey()) || refersToAPerson(p.getValue())) {
                return true;
            }
        }
        for (var d : node.path("$defs").properties()) {
            if (refersToAPerson(d.getValue())) {
                return true;
            }
        }
        return refersToAPerson(node.path("items"));
    }

    private static String lastSegment(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('#'));
        return path.substring(cut + 1);
    }
}
