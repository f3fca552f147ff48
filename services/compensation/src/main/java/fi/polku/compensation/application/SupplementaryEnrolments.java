package fi.polku.compensation.application;

import java.util.List;

/** Keeps a supplementary programme's one-off amount to one application per person. */
public interface SupplementaryEnrolments {

    /**
     * Enrols every person in {@code programme} for {@code applicationId}, or none: returns the persons another
     * application holds already (empty when all were enrolled).
     */
    List<String> enrol(String programme, List<String> personIds, String applicationId);

    /** Frees the persons {@code applicationId} held (a rejected application). */
    void release(String programme, List<String> personIds, String applicationId);
}
