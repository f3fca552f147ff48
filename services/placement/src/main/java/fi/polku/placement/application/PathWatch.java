package fi.polku.placement.application;

/**
 * The periodic jobs of placement: offers past their deadline expire, and merged municipalities' residents move to
 * the receiving ones.
 */
public class PathWatch {

    private final PlacementService placement;
    private final ResidenceService residence;

    public PathWatch(PlacementService placement, ResidenceService residence) {
        this.placement = placement;
        this.residence = residence;
    }

    public void run() {
        placement.expireDueOffers();
        residence.followMerges();
    }
}
