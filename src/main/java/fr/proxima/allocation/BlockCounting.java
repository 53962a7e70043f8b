package fr.proxima.allocation;

/** How a started block of 100 workstations counts toward a lycée's allocation. */
public enum BlockCounting {

    /** A started block counts as a whole block: 250 workstations make 3 blocks. */
    WHOLE("toute tranche de 100 postes commencée compte entière"),

    /** Blocks count in proportion to the workstations: 250 workstations make 2.5 blocks. */
    PRO_RATA("les tranches de 100 postes comptent au prorata des postes");

    private final String label;

    BlockCounting(String label) {
        this.label = label;
    }

    /** French description of the rule, shown to users. */
    public String label() {
        return label;
    }
}
