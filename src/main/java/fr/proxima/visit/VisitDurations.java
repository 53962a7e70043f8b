package fr.proxima.visit;

/** Writes durations of visit work in the form French users read: "45 min", "2 h", "2 h 20". */
final class VisitDurations {

    private VisitDurations() {
    }

    static String format(long minutes) {
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours == 0) {
            return rest + " min";
        }
        return rest == 0 ? hours + " h" : hours + " h " + (rest < 10 ? "0" : "") + rest;
    }
}
