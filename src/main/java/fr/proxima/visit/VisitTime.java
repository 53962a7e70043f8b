package fr.proxima.visit;

/**
 * Minutes that a visit spent on each kind of work, in the service's order.
 *
 * @param tickets the lycée's tickets
 * @param declared the requests declared on the day
 * @param inventory the inventory of the equipment
 * @param preventive the preventive maintenance
 * @param other any other work, described in the closing form
 */
public record VisitTime(int tickets, int declared, int inventory, int preventive, int other) {

    public int total() {
        return tickets + declared + inventory + preventive + other;
    }
}
