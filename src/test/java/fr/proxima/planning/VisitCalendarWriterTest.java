package fr.proxima.planning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.proxima.mail.MailProperties;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

/** The iCalendar text of visits, read back with ical4j, on both sides of the clock changes of 2026. */
class VisitCalendarWriterTest {

    final VisitCalendarWriter writer = new VisitCalendarWriter(
            new MailProperties("Proxima - maintenance des lycées <ne-pas-repondre@proxima.example>", "/tmp"));

    @Test
    void eventsKeepParisTimesAcrossClockChanges() throws Exception {
        String ics = writer.write("Passages", VisitCalendarWriter.Use.MAIL_PUBLISH, List.of(
                event("a", LocalDate.of(2026, 3, 27), false),
                event("b", LocalDate.of(2026, 3, 30), false),
                event("c", LocalDate.of(2026, 10, 23), false),
                event("d", LocalDate.of(2026, 10, 26), false)));

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);

        assertThat(events).hasSize(4);
        // 08:30 in Paris is 07:30 UTC in winter time and 06:30 UTC in summer time.
        assertThat(startInstants(events)).containsExactly(
                Instant.parse("2026-03-27T07:30:00Z"),
                Instant.parse("2026-03-30T06:30:00Z"),
                Instant.parse("2026-10-23T06:30:00Z"),
                Instant.parse("2026-10-26T07:30:00Z"));
        for (VEvent event : events) {
            DtStart<Temporal> start = event.getStartDate().orElseThrow();
            assertThat(start.getParameter("TZID")).hasValueSatisfying(
                    tzid -> assertThat(tzid.getValue()).isEqualTo("Europe/Paris"));
        }
    }

    @Test
    void calendarCarriesMethodZoneAndEventProperties() throws Exception {
        String ics = writer.write("Passages du technicien – LYCEE", VisitCalendarWriter.Use.MAIL_PUBLISH,
                List.of(event("uid-1", LocalDate.of(2026, 3, 30), false)));

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
        VTimeZone zone = calendar.<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();

        assertThat(ics).contains("\r\n").contains("DTSTART;TZID=Europe/Paris:20260330T083000");
        assertThat(calendar.getProperty(Property.METHOD)).hasValueSatisfying(
                method -> assertThat(method.getValue()).isEqualTo("PUBLISH"));
        assertThat(zone.getProperty(Property.TZID)).hasValueSatisfying(
                tzid -> assertThat(tzid.getValue()).isEqualTo("Europe/Paris"));
        assertThat(zone.getObservances()).hasSize(2);
        assertThat(value(event, Property.UID)).isEqualTo("uid-1@proxima");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("3");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Passage du technicien de proximité (Julien Moreau)");
        assertThat(value(event, Property.ORGANIZER)).isEqualTo("mailto:ne-pas-repondre@proxima.example");
        assertThat(event.getProperties(Property.DTSTAMP)).hasSize(1);
    }

    @Test
    void cancellationUsesMethodCancel() throws Exception {
        String ics = writer.write("Passages", VisitCalendarWriter.Use.MAIL_CANCEL,
                List.of(event("uid-2", LocalDate.of(2026, 3, 30), true)));

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));

        assertThat(calendar.getProperty(Property.METHOD)).hasValueSatisfying(
                method -> assertThat(method.getValue()).isEqualTo("CANCEL"));
        assertThat(value(calendar.getComponent(Component.VEVENT).orElseThrow(), Property.STATUS)).isEqualTo("CANCELLED");
    }

    @Test
    void feedHasNoMethodAndARefreshInterval() {
        String ics = writer.write("Passages", VisitCalendarWriter.Use.FEED, List.of());

        assertThat(ics).doesNotContain("METHOD:").contains("REFRESH-INTERVAL;VALUE=DURATION:PT1H")
                .contains("X-WR-CALNAME:Passages");
    }

    private static List<Instant> startInstants(List<VEvent> events) {
        return events.stream()
                .map(event -> ((ZonedDateTime) event.getStartDate().orElseThrow().getDate()).toInstant())
                .toList();
    }

    private static String value(Component component, String name) {
        return component.getProperty(name).map(Property::getValue).orElseThrow();
    }

    private static CalendarEvent event(String uid, LocalDate date, boolean cancelled) {
        return new CalendarEvent(uid + "@proxima", 3, date, LocalTime.of(8, 30), LocalTime.of(12, 0),
                "Passage du technicien de proximité (Julien Moreau)", "LYCEE GENERAL HENRI IV (0750654D), PARIS",
                "Créneau : matin.", cancelled, Instant.parse("2026-03-01T10:00:00Z"));
    }
}
