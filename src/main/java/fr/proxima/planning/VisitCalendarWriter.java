package fr.proxima.planning;

import fr.proxima.mail.MailProperties;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Writes visits as iCalendar (RFC 5545) text with ical4j, one VEVENT per visit. The times are
 * local times of Europe/Paris with a VTIMEZONE of that zone, so that calendar apps place a visit
 * correctly on either side of a clock change.
 */
@Component
class VisitCalendarWriter {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    static final String PRODUCT_ID = "-//Proxima//Passages des techniciens de proximité//FR";

    /** How often a subscribed calendar app should read a feed again. */
    static final Duration FEED_REFRESH = Duration.ofHours(1);

    /** What the calendar is for, which decides its METHOD. */
    enum Use {

        /** A mail attachment that adds or updates events: METHOD:PUBLISH. */
        MAIL_PUBLISH,

        /** A mail attachment that removes cancelled events: METHOD:CANCEL. */
        MAIL_CANCEL,

        /** A feed that calendar apps subscribe to: no METHOD, and a refresh interval. */
        FEED
    }

    private final VTimeZone parisTimeZone = currentRules(PARIS);

    private final URI organizer;

    private final String organizerName;

    VisitCalendarWriter(MailProperties mailProperties) {
        InternetAddress sender = parseSender(mailProperties.from());
        this.organizer = URI.create("mailto:" + sender.getAddress());
        this.organizerName = sender.getPersonal() == null ? "Proxima" : sender.getPersonal();
    }

    /** Writes the events as one calendar named {@code name}, with CRLF line ends as RFC 5545 requires. */
    String write(String name, Use use, List<CalendarEvent> events) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        Method method = switch (use) {
            case MAIL_PUBLISH -> ImmutableMethod.PUBLISH;
            case MAIL_CANCEL -> ImmutableMethod.CANCEL;
            case FEED -> null;
        };
        if (method != null) {
            calendar.add(method);
        }
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", PARIS.getId()));
        if (use == Use.FEED) {
            calendar.add(new RefreshInterval(new ParameterList(List.of(
                    new net.fortuna.ical4j.model.parameter.Value("DURATION"))), FEED_REFRESH));
            calendar.add(new XProperty("X-PUBLISHED-TTL", FEED_REFRESH.toString()));
        }
        calendar.add(parisTimeZone);
        Instant now = ClockUtil.getCurrentTime().toInstant();
        for (CalendarEvent event : events) {
            calendar.add(vevent(event, now));
        }

        StringWriter text = new StringWriter();
        try {
            // Without validation: ical4j's iTIP rules would ask for attendees, which a published plan has none of.
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the calendar " + name + " failed", e);
        }
        return text.toString();
    }

    private VEvent vevent(CalendarEvent event, Instant now) {
        ZonedDateTime start = ZonedDateTime.of(event.date(), event.start(), PARIS);
        ZonedDateTime end = ZonedDateTime.of(event.date(), event.end(), PARIS);
        VEvent vevent = new VEvent(start, end, event.summary());
        vevent.replace(new DtStamp(now));
        vevent.add(new Uid(event.uid()));
        vevent.add(new Sequence(event.sequence()));
        vevent.add(event.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        vevent.add(new Location(event.location()));
        vevent.add(new Description(event.description()));
        vevent.add(new Organizer(new ParameterList(List.of(new Cn(organizerName))), organizer));
        vevent.add(new LastModified(event.lastModified()));
        return vevent;
    }

    /**
     * Returns the zone's VTIMEZONE from ical4j's bundled tz database with its rules in force only:
     * the observances whose yearly rule has no end. For Europe/Paris these are the clock changes
     * of the last Sunday of March and of October. The dropped history (since 1891) only matters
     * for dates before 1996, which no visit has.
     */
    private static VTimeZone currentRules(ZoneId zone) {
        VTimeZone full = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(zone.getId()).getVTimeZone();
        List<Observance> current = full.getObservances().stream()
                .filter(observance -> observance.<RRule<?>>getProperty(Property.RRULE)
                        .map(rule -> rule.getRecur().getUntil() == null)
                        .orElse(false))
                .toList();
        return new VTimeZone(new PropertyList(List.of(new TzId(zone.getId()))), new ComponentList<>(current));
    }

    private static InternetAddress parseSender(String from) {
        try {
            return new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalStateException("proxima.mail.from is not a valid address: " + from, e);
        }
    }
}
