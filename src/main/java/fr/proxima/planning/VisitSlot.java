package fr.proxima.planning;

import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;

/**
 * The slot of a visit: a half-day or a full day. Each slot has the usual hours of the service,
 * which a visit takes unless the planning gives other hours, and a window inside the service
 * window of 08:00–18:00 that its hours must stay in.
 *
 * <p>The half-days meet at 13:00, in the middle of the lunch break between the usual 12:00 and
 * 14:00: a morning visit lies within 08:00–13:00, an afternoon visit within 13:00–18:00, and a
 * full day starts before 13:00 and ends after it. So two visits conflict exactly when their slots
 * do, which is how a technician's double booking is found.
 */
public enum VisitSlot {

    MORNING("matin", LocalTime.of(8, 30), LocalTime.of(12, 0)),
    AFTERNOON("après-midi", LocalTime.of(14, 0), LocalTime.of(17, 30)),
    FULL_DAY("journée", LocalTime.of(8, 30), LocalTime.of(17, 30));

    /** Start of the service window. */
    public static final LocalTime SERVICE_START = LocalTime.of(8, 0);

    /** End of the service window. */
    public static final LocalTime SERVICE_END = LocalTime.of(18, 0);

    /** Time at which the morning ends and the afternoon starts. */
    public static final LocalTime MIDDAY = LocalTime.of(13, 0);

    private final String label;

    private final LocalTime usualStart;

    private final LocalTime usualEnd;

    VisitSlot(String label, LocalTime usualStart, LocalTime usualEnd) {
        this.label = label;
        this.usualStart = usualStart;
        this.usualEnd = usualEnd;
    }

    /** French name, as the planning file writes it. */
    public String label() {
        return label;
    }

    public LocalTime usualStart() {
        return usualStart;
    }

    public LocalTime usualEnd() {
        return usualEnd;
    }

    /**
     * Returns the minutes that a visit of this slot counts against the allocation: 210 for a
     * half-day (08:30–12:00 or 14:00–17:30) and 420 for a full day, both half-days without the
     * lunch break, whatever hours the visit was given.
     */
    public int plannedMinutes() {
        return switch (this) {
            case MORNING, AFTERNOON -> (int) Duration.between(usualStart, usualEnd).toMinutes();
            case FULL_DAY -> MORNING.plannedMinutes() + AFTERNOON.plannedMinutes();
        };
    }

    /** True when one technician cannot have both slots on the same day: a full day takes both half-days. */
    public boolean overlaps(VisitSlot other) {
        return this == other || this == FULL_DAY || other == FULL_DAY;
    }

    /** Earliest start of a visit of this slot. */
    public LocalTime windowStart() {
        return this == AFTERNOON ? MIDDAY : SERVICE_START;
    }

    /** Latest end of a visit of this slot. */
    public LocalTime windowEnd() {
        return this == MORNING ? MIDDAY : SERVICE_END;
    }

    /** True when the hours, already inside the service window and in order, fit this slot. */
    public boolean fits(LocalTime start, LocalTime end) {
        boolean inWindow = !start.isBefore(windowStart()) && !end.isAfter(windowEnd());
        if (this == FULL_DAY) {
            return inWindow && start.isBefore(MIDDAY) && end.isAfter(MIDDAY);
        }
        return inWindow;
    }

    /**
     * Reads a slot as a planning file or a request writes it: "matin", "après-midi" or
     * "apres-midi", "journée" or "journee", in any case, or the constant's name.
     */
    public static Optional<VisitSlot> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String key = Normalizer.normalize(value.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace('_', '-')
                .replace(' ', '-');
        return switch (key) {
            case "matin", "morning" -> Optional.of(MORNING);
            case "apres-midi", "afternoon" -> Optional.of(AFTERNOON);
            case "journee", "full-day" -> Optional.of(FULL_DAY);
            default -> Optional.empty();
        };
    }
}
