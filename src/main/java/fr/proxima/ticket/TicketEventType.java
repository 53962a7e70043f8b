package fr.proxima.ticket;

/** Kinds of entries in a ticket's history, with their French labels. */
public enum TicketEventType {
    OPENED("Ouverture"),
    QUALIFIED("Qualification"),
    STATUS_CHANGED("Changement de statut"),
    WORK_RECORDED("Intervention"),
    PART_SUPPLIED("Pièce fournie"),
    MAIL_SENT("Mail envoyé"),
    MAIL_SKIPPED("Mail non envoyé"),
    CONFIRMED("Résolution confirmée"),
    REOPENED("Réouverture"),
    CLOSED("Clôture"),
    WARRANTY_CLAIM("Garantie");

    private final String label;

    TicketEventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
