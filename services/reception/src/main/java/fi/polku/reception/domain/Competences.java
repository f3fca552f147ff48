package fi.polku.reception.domain;

import java.util.List;

/**
 * What a person brings (FRK good practice: identify competences early so they can be used later). Stays in
 * reception: free text that may identify the person.
 */
public record Competences(String personId, String education, String workHistory, List<String> skills,
                          List<String> languages) {
}
