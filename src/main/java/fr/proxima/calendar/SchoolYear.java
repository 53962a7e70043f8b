package fr.proxima.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A school year such as 2025-2026, which runs from 1 September 2025 to 31 August 2026 for the
 * calendar lookups.
 *
 * @param startYear the calendar year in which the school year starts
 */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})-(\\d{4})");

    /** Returns the school year that contains the date. */
    public static SchoolYear containing(LocalDate date) {
        int year = date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1;
        return new SchoolYear(year);
    }

    /** Parses a label such as "2025-2026", or returns empty unless the two years follow each other. */
    public static Optional<SchoolYear> parse(String label) {
        Matcher matcher = LABEL.matcher(label == null ? "" : label.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(matcher.group(1));
        int end = Integer.parseInt(matcher.group(2));
        return end == start + 1 ? Optional.of(new SchoolYear(start)) : Optional.empty();
    }

    /** Returns the label, such as "2025-2026". */
    public String label() {
        return startYear + "-" + (startYear + 1);
    }

    /** Returns 1 September of the start year. */
    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    /** Returns 31 August of the end year. */
    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.AUGUST, 31);
    }

    public SchoolYear next() {
        return new SchoolYear(startYear + 1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    @Override
    public int compareTo(SchoolYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
