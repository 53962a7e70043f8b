package fr.proxima.planning;

import fr.proxima.calendar.PublicHolidays;
import fr.proxima.calendar.SchoolCalendarNotImportedException;
import fr.proxima.calendar.WorkingDayCalendar;
import fr.proxima.school.School;
import fr.proxima.school.SchoolRepository;
import fr.proxima.school.Uai;
import fr.proxima.security.Groups;
import fr.proxima.security.SchoolAccess;
import fr.proxima.security.UserDirectory;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Checks visits, from a planning file or from the visit API, and returns every problem in French.
 *
 * <p>Each visit needs a valid date on a working day of the lycées, a known lycée, a user of the
 * {@code techniciens} group who serves that lycée (a member of {@code techniciens-<UAI>}), a slot,
 * and hours inside the 08:00–18:00 service window that fit the slot. A technician who does not
 * serve the lycée is an error, not a warning: they could neither see nor work that lycée's tickets
 * during the visit. A technician may not have two visits whose slots overlap on one day, within
 * the file or against the visits already stored that are not cancelled, whether published or
 * waiting in a planning to confirm. A line that repeats the date, lycée, technician and slot of an
 * earlier line is reported as a duplicate. All the lines of a file belong to one month.
 */
@Component
class VisitValidator {

    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");

    private static final String DOUBLE_BOOKING_RULE = "un technicien n'a qu'un passage par créneau, et une journée"
            + " occupe le matin et l'après-midi.";

    private final SchoolRepository schools;

    private final SchoolAccess schoolAccess;

    private final UserDirectory users;

    private final WorkingDayCalendar calendar;

    private final PublicHolidays publicHolidays;

    private final VisitRepository visits;

    VisitValidator(SchoolRepository schools, SchoolAccess schoolAccess, UserDirectory users,
            WorkingDayCalendar calendar, PublicHolidays publicHolidays, VisitRepository visits) {
        this.schools = schools;
        this.schoolAccess = schoolAccess;
        this.users = users;
        this.calendar = calendar;
        this.publicHolidays = publicHolidays;
        this.visits = visits;
    }

    /**
     * The outcome of a validation.
     *
     * @param month the month of a planning file, which is the requested month or else the month of
     *     its first valid date. It is null for a request of the visit API, or when no date is valid.
     */
    record Validation(YearMonth month, List<VisitRequest> visits, List<PlanningError> errors) {

        boolean valid() {
            return errors.isEmpty();
        }
    }

    /**
     * Checks every line of a planning file.
     *
     * @param requestedMonth the month that the planner chose, or null to take the month of the
     *     first valid date
     */
    Validation validateFile(List<VisitLine> lines, YearMonth requestedMonth) {
        return new Run(true, requestedMonth, null).validate(lines);
    }

    /**
     * Checks one visit of the visit API.
     *
     * @param movedVisitId the visit being moved, which does not conflict with itself; null for a new visit
     */
    Validation validateOne(VisitLine line, Long movedVisitId) {
        return new Run(false, null, movedVisitId).validate(List.of(line));
    }

    /** One validation, which reads each lycée, technician and day once. */
    private final class Run {

        private final boolean oneMonth;

        private YearMonth month;

        private final Long movedVisitId;

        private final Map<String, Optional<School>> schoolCache = new HashMap<>();

        private final Map<String, Technician> technicianCache = new HashMap<>();

        private final Map<LocalDate, String> dayCache = new HashMap<>();

        private final Map<Long, School> lineSchools = new HashMap<>();

        Run(boolean oneMonth, YearMonth month, Long movedVisitId) {
            this.oneMonth = oneMonth;
            this.month = month;
            this.movedVisitId = movedVisitId;
        }

        Validation validate(List<VisitLine> lines) {
            List<PlanningError> errors = new ArrayList<>();
            List<VisitRequest> accepted = new ArrayList<>();
            for (VisitLine line : lines) {
                List<String> reasons = new ArrayList<>();
                VisitRequest request = check(line, reasons);
                reasons.forEach(reason -> errors.add(PlanningError.of(line.line(), reason)));
                if (request != null && reasons.isEmpty()) {
                    accepted.add(request);
                }
            }
            errors.addAll(conflicts(accepted));
            errors.sort(Comparator.comparing(PlanningError::line, Comparator.nullsFirst(Comparator.naturalOrder())));
            return new Validation(oneMonth ? month : null, errors.isEmpty() ? accepted : List.of(), errors);
        }

        /** Checks the values of one line on their own; returns the visit, or null when a value is missing. */
        private VisitRequest check(VisitLine line, List<String> reasons) {
            LocalDate date = date(line.date(), reasons);
            School school = school(line.uai(), reasons);
            Technician technician = technician(line.technician(), reasons);
            VisitSlot slot = slot(line.slot(), reasons);
            LocalTime start = time(line.start(), "début", reasons);
            LocalTime end = time(line.end(), "fin", reasons);
            boolean timesValid = (line.start().isEmpty() || start != null) && (line.end().isEmpty() || end != null);

            if (date != null) {
                checkWorkingDay(date, reasons);
                checkMonth(date, reasons);
            }
            if (slot != null && timesValid) {
                start = start == null ? slot.usualStart() : start;
                end = end == null ? slot.usualEnd() : end;
                checkHours(slot, start, end, reasons);
            }
            if (school != null && technician != null && !technician.schools().contains(school.getUai())) {
                reasons.add("le technicien « " + technician.label() + " » n'intervient pas au lycée "
                        + schoolLabel(school) + " : ajoutez-le au groupe « " + Groups.techniciansOf(school.getUai())
                        + " » dans Camunda Admin, ou choisissez un technicien de ce lycée.");
            }
            if (date == null || school == null || technician == null || slot == null || !timesValid) {
                return null;
            }
            lineSchools.put(line.line(), school);
            return new VisitRequest(line.line(), date, school.getUai(), technician.id(), slot, start, end);
        }

        private LocalDate date(String value, List<String> reasons) {
            if (value.isEmpty()) {
                reasons.add("la date est vide : une date AAAA-MM-JJ est attendue, par exemple 2026-03-02.");
                return null;
            }
            try {
                return LocalDate.parse(value, ISO_DATE);
            } catch (DateTimeParseException e) {
                reasons.add("la date « " + PlanningFileReader.printable(value) + " » n'est pas valide : une date"
                        + " AAAA-MM-JJ est attendue, par exemple 2026-03-02.");
                return null;
            }
        }

        private School school(String value, List<String> reasons) {
            String uai = Uai.normalize(value);
            if (uai.isEmpty()) {
                reasons.add("l'UAI du lycée est vide : le code UAI du lycée est attendu, par exemple 0750654D.");
                return null;
            }
            if (!Uai.isValid(uai)) {
                reasons.add("l'UAI « " + PlanningFileReader.printable(value) + " » n'est pas valide : sept chiffres"
                        + " et une lettre de contrôle sont attendus, par exemple 0750654D.");
                return null;
            }
            Optional<School> school = schoolCache.computeIfAbsent(uai, schools::findById);
            if (school.isEmpty()) {
                reasons.add("aucun lycée public connu ne porte l'UAI « " + uai + " ».");
                return null;
            }
            return school.get();
        }

        private Technician technician(String value, List<String> reasons) {
            if (value.isEmpty()) {
                reasons.add("le technicien est vide : son identifiant d'utilisateur est attendu.");
                return null;
            }
            Technician technician = technicianCache.computeIfAbsent(value, this::loadTechnician);
            if (technician == null) {
                reasons.add("aucun utilisateur ne porte l'identifiant « " + PlanningFileReader.printable(value)
                        + " » : le technicien est désigné par son identifiant d'utilisateur.");
                return null;
            }
            if (!technician.isTechnician()) {
                reasons.add("l'utilisateur « " + technician.label() + " » n'est pas technicien : il n'appartient pas"
                        + " au groupe « " + Groups.TECHNICIANS + " ».");
                return null;
            }
            return technician;
        }

        private Technician loadTechnician(String userId) {
            return users.find(userId)
                    .map(contact -> new Technician(contact.id(), contact.displayName(),
                            schoolAccess.isTechnician(contact.id()), schoolAccess.technicianSchools(contact.id())))
                    .orElse(null);
        }

        private VisitSlot slot(String value, List<String> reasons) {
            if (value.isEmpty()) {
                reasons.add("le créneau est vide : matin, après-midi ou journée est attendu.");
                return null;
            }
            Optional<VisitSlot> slot = VisitSlot.parse(value);
            if (slot.isEmpty()) {
                reasons.add("le créneau « " + PlanningFileReader.printable(value) + " » n'est pas reconnu : matin,"
                        + " après-midi ou journée est attendu.");
                return null;
            }
            return slot.get();
        }

        /** Reads an optional time; returns null when it is empty or invalid, adding a reason when invalid. */
        private LocalTime time(String value, String name, List<String> reasons) {
            if (value.isEmpty()) {
                return null;
            }
            Matcher matcher = TIME.matcher(value);
            if (matcher.matches()) {
                try {
                    return LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
                } catch (DateTimeException outOfRange) {
                    // Reported below, as any other invalid time.
                }
            }
            reasons.add("l'heure de " + name + " « " + PlanningFileReader.printable(value) + " » n'est pas valide :"
                    + " une heure HH:MM est attendue, par exemple 08:30.");
            return null;
        }

        private void checkWorkingDay(LocalDate date, List<String> reasons) {
            String reason = dayCache.computeIfAbsent(date, this::nonWorkingReason);
            if (!reason.isEmpty()) {
                reasons.add(reason);
            }
        }

        /** Returns why the day is not a working day, or an empty string when it is one. */
        private String nonWorkingReason(LocalDate date) {
            boolean working;
            try {
                working = calendar.isWorkingDay(date);
            } catch (SchoolCalendarNotImportedException missing) {
                String message = missing.getMessage();
                return Character.toLowerCase(message.charAt(0)) + message.substring(1);
            }
            if (working) {
                return "";
            }
            String why;
            if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                why = "week-end";
            } else if (publicHolidays.isPublicHoliday(date)) {
                why = "jour férié : " + publicHolidays.holidaysOf(date.getYear()).get(date);
            } else {
                why = "vacances scolaires";
            }
            return "le " + FrenchFormats.date(date) + " n'est pas un jour ouvré des lycées (" + why + ").";
        }

        private void checkMonth(LocalDate date, List<String> reasons) {
            if (!oneMonth) {
                return;
            }
            if (month == null) {
                month = YearMonth.from(date);
            } else if (!month.equals(YearMonth.from(date))) {
                reasons.add("la date " + date + " n'est pas en " + FrenchFormats.month(month) + ", le mois de ce"
                        + " planning : un planning ne contient que les passages d'un mois.");
            }
        }

        private void checkHours(VisitSlot slot, LocalTime start, LocalTime end, List<String> reasons) {
            String hours = FrenchFormats.hours(start, end);
            if (!start.isBefore(end)) {
                reasons.add("l'heure de fin " + FrenchFormats.time(end) + " n'est pas après l'heure de début "
                        + FrenchFormats.time(start) + ".");
            } else if (start.isBefore(VisitSlot.SERVICE_START) || end.isAfter(VisitSlot.SERVICE_END)) {
                reasons.add("les horaires " + hours + " sortent de la plage de service "
                        + FrenchFormats.hours(VisitSlot.SERVICE_START, VisitSlot.SERVICE_END) + ".");
            } else if (!slot.fits(start, end)) {
                String window = slot == VisitSlot.FULL_DAY
                        ? "qui commence avant " + FrenchFormats.time(VisitSlot.MIDDAY) + " et finit après "
                                + FrenchFormats.time(VisitSlot.MIDDAY)
                        : "qui se tient entre " + FrenchFormats.time(slot.windowStart()) + " et "
                                + FrenchFormats.time(slot.windowEnd());
                reasons.add("les horaires " + hours + " ne correspondent pas au créneau « " + slot.label() + " », "
                        + window + ".");
            }
        }

        /** Finds duplicates and double bookings among the accepted lines, then against stored visits. */
        private List<PlanningError> conflicts(List<VisitRequest> requests) {
            List<PlanningError> errors = new ArrayList<>();
            if (requests.isEmpty()) {
                return errors;
            }
            Map<String, List<Visit>> booked = bookedVisits(requests);
            Map<String, List<VisitRequest>> earlier = new HashMap<>();
            for (VisitRequest request : requests) {
                String key = request.technicianId() + "|" + request.date();
                List<VisitRequest> sameDay = earlier.computeIfAbsent(key, k -> new ArrayList<>());
                Optional<String> conflict = conflictInFile(request, sameDay)
                        .or(() -> conflictWithStored(request, booked.getOrDefault(key, List.of())));
                conflict.ifPresent(reason -> errors.add(PlanningError.of(request.line(), reason)));
                sameDay.add(request);
            }
            return errors;
        }

        private Optional<String> conflictInFile(VisitRequest request, List<VisitRequest> sameDay) {
            for (VisitRequest other : sameDay) {
                if (other.uai().equals(request.uai()) && other.slot() == request.slot()) {
                    return Optional.of("cette ligne répète la ligne " + other.line() + " : même date, même lycée,"
                            + " même technicien et même créneau.");
                }
                if (other.slot().overlaps(request.slot())) {
                    return Optional.of("le technicien « " + request.technicianId() + " » est déjà prévu le "
                            + FrenchFormats.date(request.date()) + " à la ligne " + other.line() + " ("
                            + other.slot().label() + ", lycée " + schoolLabel(lineSchools.get(other.line())) + ") : "
                            + DOUBLE_BOOKING_RULE);
                }
            }
            return Optional.empty();
        }

        private Optional<String> conflictWithStored(VisitRequest request, List<Visit> sameDay) {
            for (Visit visit : sameDay) {
                if (visit.getSlot().overlaps(request.slot())) {
                    String state = visit.getStatus() == VisitStatus.PLANNED
                            ? "prévu dans le planning n° " + visit.getPlanningId() + ", qui attend sa confirmation,"
                            : visit.getStatus().label();
                    return Optional.of("le technicien « " + request.technicianId() + " » a déjà un passage " + state
                            + " le " + FrenchFormats.date(visit.getDate()) + " (" + visit.getSlot().label()
                             + ", lycée " + schoolLabelOf(visit.getSchoolUai()) + ") : " + DOUBLE_BOOKING_RULE);
                }
            }
            return Optional.empty();
        }

        /**
         * Reads the stored visits that book the technicians of the requests, by technician and day.
         *
         * <p>NOTE: the stored visits are read without a lock, so two uploads checked at the same
         * moment can both pass this check and book a technician twice.
         */
        private Map<String, List<Visit>> bookedVisits(List<VisitRequest> requests) {
            Set<String> technicians = requests.stream().map(VisitRequest::technicianId).collect(Collectors.toSet());
            LocalDate from = requests.stream().map(VisitRequest::date).min(Comparator.naturalOrder()).orElseThrow();
            LocalDate to = requests.stream().map(VisitRequest::date).max(Comparator.naturalOrder()).orElseThrow();
            return visits.findByTechnicianIdInAndDateBetween(technicians, from, to).stream()
                    .filter(visit -> visit.getStatus().booksTechnician())
                    .filter(visit -> !Objects.equals(visit.getId(), movedVisitId))
                    .collect(Collectors.groupingBy(visit -> visit.getTechnicianId() + "|" + visit.getDate()));
        }

        private String schoolLabelOf(String uai) {
            return schoolCache.computeIfAbsent(uai, schools::findById).map(VisitValidator::schoolLabel).orElse(uai);
        }
    }

    static String schoolLabel(School school) {
        return school.getName() + " (" + school.getUai() + ")";
    }

    /** A user named in a visit, with what the checks need to know of them. */
    private record Technician(String id, String name, boolean isTechnician, Set<String> schools) {

        String label() {
            return name.equals(id) ? id : id + " (" + name + ")";
        }
    }
}
