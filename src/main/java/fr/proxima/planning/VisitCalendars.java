package fr.proxima.planning;

import fr.proxima.school.School;
import fr.proxima.school.SchoolRepository;
import fr.proxima.security.UserDirectory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The iCalendar views of visits: a lycée's, which names the technician, and a technician's, which
 * names the lycée. Every event of a visit carries the visit's UID, so that a mail, a later mail
 * and a feed all update the same event in a calendar app.
 */
@Component
class VisitCalendars {

    /** Domain part of the visits' iCalendar UIDs. */
    static final String UID_DOMAIN = "proxima";

    private final VisitCalendarWriter writer;

    private final SchoolRepository schools;

    private final UserDirectory users;

    VisitCalendars(VisitCalendarWriter writer, SchoolRepository schools, UserDirectory users) {
        this.writer = writer;
        this.schools = schools;
        this.users = users;
    }

    /** Writes a lycée's visits with their current values. */
    String schoolCalendar(School school, List<Visit> visits, VisitCalendarWriter.Use use) {
        Map<String, String> names = new HashMap<>();
        List<CalendarEvent> events = visits.stream()
                .map(visit -> schoolEvent(school, visit.getIcalUid(), visit.getIcalSequence(), visit.getTechnicianId(),
                        visit.getDate(), visit.getSlot(), visit.getStart(), visit.getEnd(),
                        visit.getStatus() == VisitStatus.CANCELLED, visit.getUpdatedAt(), names))
                .toList();
        return writer.write("Passages du technicien – " + school.getName(), use, events);
    }

    /** Writes one change of a visit, with the values and the sequence that the change gave it. */
    String changeCalendar(School school, Visit visit, VisitChange change, VisitCalendarWriter.Use use) {
        CalendarEvent event = schoolEvent(school, visit.getIcalUid(), change.getIcalSequence(),
                change.getTechnicianId(), change.getDate(), change.getSlot(), change.getStart(), change.getEnd(),
                change.getStatus() == VisitStatus.CANCELLED, change.getChangedAt(), new HashMap<>());
        return writer.write("Passages du technicien – " + school.getName(), use, List.of(event));
    }

    /** Writes a technician's visits, each naming its lycée. */
    String technicianCalendar(String technicianId, List<Visit> visits) {
        Map<String, School> schoolCache = new HashMap<>();
        List<CalendarEvent> events = visits.stream()
                .map(visit -> {
                    School school = schoolCache.computeIfAbsent(visit.getSchoolUai(),
                            uai -> schools.findById(uai).orElseThrow());
                    return new CalendarEvent(uid(visit.getIcalUid()), visit.getIcalSequence(), visit.getDate(),
                            visit.getStart(), visit.getEnd(), "Passage au lycée " + school.getName(),
                            school.displayName(),
                            "Créneau : " + visit.getSlot().label() + ", de " + FrenchFormats.time(visit.getStart())
                                    + " à " + FrenchFormats.time(visit.getEnd()) + ".\nLycée : "
                                    + school.displayName() + ".",
                            visit.getStatus() == VisitStatus.CANCELLED, visit.getUpdatedAt());
                })
                .toList();
        return writer.write("Mes passages – " + users.displayName(technicianId), VisitCalendarWriter.Use.FEED, events);
    }

    private CalendarEvent schoolEvent(School school, String icalUid, int sequence, String technicianId,
            LocalDate date, VisitSlot slot, LocalTime start, LocalTime end,
            boolean cancelled, Instant lastModified, Map<String, String> names) {
        String technician = names.computeIfAbsent(technicianId, users::displayName);
        return new CalendarEvent(uid(icalUid), sequence, date, start, end,
                "Passage du technicien de proximité (" + technician + ")", school.displayName(),
                "Créneau : " + slot.label() + ", de " + FrenchFormats.time(start) + " à " + FrenchFormats.time(end)
                        + ".\nTechnicien : " + technician + ".\nLycée : " + school.displayName() + ".",
                cancelled, lastModified);
    }

    static String uid(String icalUid) {
        return icalUid + "@" + UID_DOMAIN;
    }
}
