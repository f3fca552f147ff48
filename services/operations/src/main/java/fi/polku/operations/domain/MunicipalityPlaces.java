package fi.polku.operations.domain;

import java.util.ArrayList;
import java.util.List;

/** A municipality's confirmed places per year and group, as its latest agreement states them, and its region. */
public class MunicipalityPlaces {

    private String municipality;
    private String region;
    private List<Places> places = new ArrayList<>();

    /** Places a municipality confirmed for one year and integration group. */
    public record Places(int year, String group, int places) {
    }

    private MunicipalityPlaces() {
        // for the store
    }

    public static MunicipalityPlaces of(String municipality, String region) {
        MunicipalityPlaces m = new MunicipalityPlaces();
        m.municipality = municipality;
        m.region = region;
        return m;
    }

    /** The agreement is restated whole on every change, so the latest statement replaces the places. */
    public void agreementChanged(List<Places> confirmed) {
        places = new ArrayList<>(confirmed);
    }

    public int placesIn(int year) {
        return places.stream().filter(p -> p.year() == year).mapToInt(Places::places).sum();
    }

    public String municipality() {
        return municipality;
    }

    public String region() {
        return region;
    }

    public List<Places> places() {
        return List.copyOf(places);
    }
}
