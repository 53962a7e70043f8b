package fr.proxima.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Duration;

/**
 * Reads the iCalendar file of the national school calendar, as the Ministry of Education
 * publishes one per zone. Each period is an all-day VEVENT: DTSTART;VALUE=DATE is the first day
 * without classes and DTEND;VALUE=DATE the day classes resume. The rentrée is a one-day event
 * whose DTSTART is the day of the rentrée.
 *
 * <p>The Ministry's SUMMARY texts ("Vacances de Noël", "Vacances d'Hiver"…) get the labels of
 * the region's CSV ("Noël", "Hiver (zone C)"…), so that both formats update the same periods.
 * An event whose SUMMARY, DESCRIPTION or LOCATION names zones without zone C is skipped. The
 * school year comes from a "2025-2026" in the DESCRIPTION or in an X- property, and otherwise
 * from the dates, a school year running from 1 September to 31 August.
 *
 * <p>The line of an entry is that of its BEGIN:VEVENT, and its messages also give the event's
 * rank in the file, as "événement n° 3".
 */
public final class SchoolCalendarIcsReader implements SchoolCalendarReader {

    /** Ministry SUMMARY texts, lower-cased without the zone, and the labels the region's CSV uses. */
    private static final Map<String, String> LABELS = Map.of(
            "vacances de la toussaint", "Toussaint",
            "vacances de noël", "Noël",
            "vacances d'hiver", "Hiver (zone C)",
            "vacances de printemps", "Printemps (zone C)",
            "pont de l'ascension", "Pont de l'Ascension",
            "vacances d'été", "Été",
            "rentrée scolaire des élèves", "Rentrée des élèves");

    private static final String RENTREE_LABEL = "Rentrée des élèves";

    private static final String SUMMER_LABEL = "Été";

    /** "Zone C", "zones A et B", "Zones A, B, C": the letters after "zone" or "zones". */
    private static final Pattern ZONES =
            Pattern.compile("\\bzones?\\s*:?\\s+([abc](?:\\s*(?:,|/|&|\\bet\\b)\\s*[abc])*)\\b",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A trailing zone mention in a SUMMARY, as in "Vacances d'Hiver - Zone C". */
    private static final Pattern SUMMARY_ZONE_SUFFIX =
            Pattern.compile("\\s*[-–:(]?\\s*zones?\\s+[abc](?:\\s*(?:,|/|&|\\bet\\b)\\s*[abc])*\\s*\\)?\\s*$",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern SCHOOL_YEAR = Pattern.compile("\\b(\\d{4})\\s*[-/]\\s*(\\d{4})\\b");

    private static final String ICALENDAR_START = "BEGIN:VCALENDAR";

    /** True when the content starts as an iCalendar file does, after an optional byte order mark and blank lines. */
    public static boolean looksLikeICalendar(byte[] content) {
        return decode(content).stripLeading().regionMatches(true, 0, ICALENDAR_START, 0, ICALENDAR_START.length());
    }

    @Override
    public SchoolCalendarReading read(byte[] content) {
        String text = decode(content);
        if (text.isBlank()) {
            return failed(1, "le fichier est vide : un fichier iCalendar (.ics) commençant par BEGIN:VCALENDAR"
                    + " est attendu");
        }
        if (!looksLikeICalendar(content)) {
            return failed(firstNonBlankLine(text), "ce n'est pas un fichier iCalendar : la première ligne doit être"
                    + " BEGIN:VCALENDAR ; exportez le calendrier scolaire au format .ics, ou envoyez le fichier CSV"
                    + " de la région");
        }

        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(text));
        } catch (ParserException malformed) {
            return failed(Math.max(1, malformed.getLineNo()), "fichier iCalendar mal formé (message de l'analyseur :"
                    + " « " + describe(malformed) + " ») ; vérifiez cette ligne et la précédente");
        } catch (IOException unexpected) {
            // A StringReader does not fail, so this is a bug rather than a bad file.
            throw new IllegalStateException("Cannot read an iCalendar file from memory", unexpected);
        }

        List<Long> eventLines = eventLines(text);
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        List<SchoolCalendarEntry> entries = new ArrayList<>();
        List<CalendarImportError> errors = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            // The parser keeps the file's order, so the i-th event starts at the i-th BEGIN:VEVENT.
            long line = i < eventLines.size() ? eventLines.get(i) : 1;
            readEvent(events.get(i), line, i + 1, errors).ifPresent(entries::add);
        }
        return new SchoolCalendarReading(entries, errors);
    }

    private static Optional<SchoolCalendarEntry> readEvent(VEvent event, long line, int rank,
            List<CalendarImportError> errors) {
        String summary = text(event, Property.SUMMARY);
        String description = text(event, Property.DESCRIPTION);
        String location = text(event, Property.LOCATION);
        String where = "événement n° " + rank + (summary.isEmpty() ? "" : " « " + summary + " »");

        Set<Character> zones = zones(summary + "\n" + description + "\n" + location);
        if (!zones.isEmpty() && !zones.contains('C')) {
            return Optional.empty();
        }

        String label = label(summary);
        int errorsBefore = errors.size();
        if (label.isEmpty()) {
            errors.add(new CalendarImportError(line, where + " : SUMMARY manquant, il donne le nom de la période"));
        } else if (label.length() > SchoolCalendarCsvReader.MAX_LABEL_LENGTH) {
            errors.add(new CalendarImportError(line, where + " : SUMMARY trop long, " + label.length()
                    + " caractères, " + SchoolCalendarCsvReader.MAX_LABEL_LENGTH + " au plus"));
        }
        if (description.length() > SchoolCalendarCsvReader.MAX_NOTE_LENGTH) {
            errors.add(new CalendarImportError(line, where + " : DESCRIPTION trop longue, " + description.length()
                    + " caractères, " + SchoolCalendarCsvReader.MAX_NOTE_LENGTH + " au plus"));
        }

        Optional<Property> startProperty = event.getProperty(Property.DTSTART);
        if (startProperty.isEmpty()) {
            errors.add(new CalendarImportError(line, where + " : aucune date, DTSTART manquant ; une date de"
                    + " journée entière est attendue, par exemple DTSTART;VALUE=DATE:20251018"));
            return Optional.empty();
        }
        LocalDate start = day(startProperty.get(), where, line, errors);
        Optional<Property> endProperty = event.getProperty(Property.DTEND);
        LocalDate end = endProperty.map(property -> day(property, where, line, errors)).orElse(null);
        if (endProperty.isEmpty() && start != null) {
            Optional<Property> duration = event.getProperty(Property.DURATION);
            if (duration.isPresent()) {
                TemporalAmount amount = ((Duration) duration.get()).getDuration();
                end = start.plus(amount);
            }
        }
        if (errors.size() > errorsBefore || start == null) {
            return Optional.empty();
        }

        boolean rentree = label.equals(RENTREE_LABEL);
        if (end != null && !end.isAfter(start)) {
            errors.add(new CalendarImportError(line, where + " : la fin DTEND " + end + " doit suivre le début DTSTART "
                    + start + " (DTEND est le jour de reprise des cours, exclu de la période)"));
            return Optional.empty();
        }
        if (end == null && !rentree && !label.equals(SUMMER_LABEL)) {
            // NOTE: RFC 5545 makes such an event last one day, but a one-day holiday is more
            // likely a "start of holidays" marker, which would give wrong working days.
            errors.add(new CalendarImportError(line, where + " : DTEND manquant ; le jour de reprise des cours est"
                    + " attendu, par exemple DTEND;VALUE=DATE:20251103"));
            return Optional.empty();
        }

        String schoolYear = schoolYear(event, description, start, rentree);
        String note = description.isEmpty() ? null : description;
        if (rentree) {
            return Optional.of(new SchoolCalendarEntry(line, schoolYear, label, null, start, note));
        }
        return Optional.of(new SchoolCalendarEntry(line, schoolYear, label, start, end, note));
    }

    /**
     * Returns the all-day date of DTSTART or DTEND, or null after reporting a date-time, which
     * would make the period start or end within a day.
     */
    private static LocalDate day(Property property, String where, long line, List<CalendarImportError> errors) {
        Temporal date = ((DateProperty<?>) property).getDate();
        if (date instanceof LocalDate day) {
            return day;
        }
        errors.add(new CalendarImportError(line, where + " : " + property.getName() + " « " + property.getValue()
                + " » est une date avec heure ; un événement sur la journée entière est attendu, par exemple "
                + property.getName() + ";VALUE=DATE:20251018"));
        return null;
    }

    /**
     * Returns the school year written in the DESCRIPTION or an X- property, or else the one that
     * contains the first day off. A rentrée in August starts the school year of its own calendar year.
     */
    private static String schoolYear(VEvent event, String description, LocalDate start, boolean rentree) {
        Optional<String> written = writtenSchoolYear(description);
        for (Property property : event.<Property>getProperties()) {
            if (written.isPresent()) {
                break;
            }
            if (property.getName().toUpperCase(Locale.ROOT).startsWith(Component.EXPERIMENTAL_PREFIX)) {
                written = writtenSchoolYear(property.getValue());
            }
        }
        if (written.isPresent()) {
            return written.get();
        }
        if (rentree && start.getMonth() == Month.AUGUST) {
            return new SchoolYear(start.getYear()).label();
        }
        return SchoolYear.containing(start).label();
    }

    /** Returns the first "2025-2026" or "2025/2026" of the text whose years follow each other. */
    private static Optional<String> writtenSchoolYear(String text) {
        Matcher matcher = SCHOOL_YEAR.matcher(text == null ? "" : text);
        while (matcher.find()) {
            Optional<SchoolYear> year = SchoolYear.parse(matcher.group(1) + "-" + matcher.group(2));
            if (year.isPresent()) {
                return Optional.of(year.get().label());
            }
        }
        return Optional.empty();
    }

    private static Set<Character> zones(String text) {
        Set<Character> zones = new TreeSet<>();
        Matcher matcher = ZONES.matcher(text);
        while (matcher.find()) {
            for (char letter : matcher.group(1).toUpperCase(Locale.ROOT).toCharArray()) {
                if (letter >= 'A' && letter <= 'C') {
                    zones.add(letter);
                }
            }
        }
        // The letters of "et" fall outside A to C, so only the zone letters are kept.
        return zones;
    }

    /** Maps a Ministry SUMMARY to the region's label, or keeps it without its zone suffix. */
    private static String label(String summary) {
        String withoutZone = SUMMARY_ZONE_SUFFIX.matcher(summary).replaceFirst("").strip();
        String normalized = withoutZone.replace('’', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.FRENCH);
        return LABELS.getOrDefault(normalized, withoutZone);
    }

    private static String text(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).map(String::strip).orElse("");
    }

    /**
     * Returns the line number of every BEGIN:VEVENT, in order. A folded continuation line starts
     * with a space or a tab, so it never matches.
     */
    private static List<Long> eventLines(String text) {
        List<Long> lines = new ArrayList<>();
        String[] physicalLines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < physicalLines.length; i++) {
            if (physicalLines[i].stripTrailing().equalsIgnoreCase("BEGIN:VEVENT")) {
                lines.add(i + 1L);
            }
        }
        return lines;
    }

    private static long firstNonBlankLine(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return i + 1L;
            }
        }
        return 1;
    }

    private static String describe(ParserException malformed) {
        Throwable cause = malformed.getCause() != null ? malformed.getCause() : malformed;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.replaceAll("\\p{Cntrl}", " ");
    }

    private static String decode(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static SchoolCalendarReading failed(long line, String message) {
        return new SchoolCalendarReading(List.of(), List.of(new CalendarImportError(line, message)));
    }
}
