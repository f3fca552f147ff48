package fi.polku.kit.store;

import fi.polku.kit.domain.DomainRuleViolation;

public class AggregateAlreadyExists extends DomainRuleViolation {

    public AggregateAlreadyExists(String collection, String id) {
        super("already-exists", collection + " " + id + " exists already");
    }
}
