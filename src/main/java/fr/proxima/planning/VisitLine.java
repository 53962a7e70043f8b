package fr.proxima.planning;

/**
 * One visit as written in a planning file or in a request of the visit API, before validation.
 * Each value is trimmed, and empty when it is missing.
 *
 * @param line the line of the planning file, or null for a request of the visit API
 * @param start the optional start time, "HH:MM"
 * @param end the optional end time, "HH:MM"
 */
record VisitLine(Long line, String date, String uai, String technician, String slot, String start, String end) {

    VisitLine {
        date = clean(date);
        uai = clean(uai);
        technician = clean(technician);
        slot = clean(slot);
        start = clean(start);
        end = clean(end);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
