package fr.proxima.ticket;

/** Status of a ticket's warranty claim, with its French label, in the order a claim goes through. */
public enum WarrantyClaimStatus {
    OPENED("ouverte"),
    SENT("envoyée"),
    RETURNED("revenue");

    private final String label;

    WarrantyClaimStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
