package fi.polku.compensation.domain.payment;

import fi.polku.compensation.domain.WithholdingReason;

/** What a run newly withheld for one municipality's residents for one reason (its own and its county's lines). */
public record WithheldTotal(String municipality, WithholdingReason reason, int lineCount, long cents) {
}
