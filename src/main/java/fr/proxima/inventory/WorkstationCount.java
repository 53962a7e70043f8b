package fr.proxima.inventory;

/**
 * A lycée's workstations counted in its inventory beside the region's figure, which sets the hour
 * allocation.
 *
 * @param inventory desktops and laptops of the inventory in service or broken
 * @param region the region's figure for the lycée
 * @param regionEstimated true when the region's figure is an estimate from the pupils
 * @param difference inventory minus region: positive when the inventory counts more
 * @param summary the comparison in one French sentence
 */
public record WorkstationCount(long inventory, int region, boolean regionEstimated, long difference, String summary) {

    static WorkstationCount of(long inventory, int region, boolean regionEstimated) {
        long difference = inventory - region;
        String regionText = region + " poste" + (region > 1 ? "s" : "") + " pour la Région"
                + (regionEstimated ? " (estimation à partir de l'effectif)" : "");
        String differenceText;
        if (difference == 0) {
            differenceText = "les deux chiffres concordent";
        } else if (difference > 0) {
            differenceText = "l'inventaire en compte " + difference + " de plus";
        } else {
            differenceText = "l'inventaire en compte " + (-difference) + " de moins";
        }
        return new WorkstationCount(inventory, region, regionEstimated, difference, "Inventaire : " + inventory
                + " poste" + (inventory > 1 ? "s" : "") + " de travail (fixes et portables en service ou en panne) ; "
                + regionText + " : " + differenceText + ".");
    }
}
