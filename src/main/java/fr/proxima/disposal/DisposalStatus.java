package fr.proxima.disposal;

/** Step reached by a D3E disposal, with its French label. */
public enum DisposalStatus {
    PROPOSED("proposée, à vérifier"),
    CHECKED("vérifiée, à entreposer"),
    STORED("entreposée, bordereau en préparation"),
    AWAITING_APPROVAL("en attente d'approbation du chef d'établissement"),
    APPROVED("approuvée, en attente d'enlèvement"),
    REFUSED("refusée"),
    WITHDRAWN("abandonnée : tous les équipements ont été retirés"),
    COLLECTED("enlevée");

    private final String label;

    DisposalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True for the statuses after which nothing changes any more. */
    public boolean isFinal() {
        return this == REFUSED || this == WITHDRAWN || this == COLLECTED;
    }
}
