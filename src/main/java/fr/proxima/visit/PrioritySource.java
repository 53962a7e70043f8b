package fr.proxima.visit;

import java.util.Arrays;

/** The person who gave the technician the day's priorities, as the priority forms offer it. */
enum PrioritySource {
    HEAD("le chef d'établissement"),
    CORRESPONDENT("le correspondant informatique"),
    NONE(null);

    private final String label;

    PrioritySource(String label) {
        this.label = label;
    }

    /** Returns the French label of a stored value, or null for none or an unknown value. */
    static String labelOf(String value) {
        return Arrays.stream(values()).filter(source -> source.name().equals(value)).findFirst()
                .map(source -> source.label).orElse(null);
    }
}
