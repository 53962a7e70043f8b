package fr.proxima.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Public holidays of metropolitan France outside Alsace-Moselle, from the Jollyday library: the
 * eight fixed dates, Easter Monday, Ascension and Whit Monday. Alsace-Moselle's Good Friday and
 * 26 December belong to sub-calendars of France in Jollyday and are not included. No substitute
 * day is added for a holiday that falls on a weekend.
 */
@Component
public class PublicHolidays {

    private final HolidayManager manager =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.FRANCE));

    private final Map<Integer, Map<LocalDate, String>> cache = new ConcurrentHashMap<>();

    public boolean isPublicHoliday(LocalDate date) {
        return holidaysOf(date.getYear()).containsKey(date);
    }

    /** Returns the year's public holidays by date, with their French names. */
    public Map<LocalDate, String> holidaysOf(int year) {
        return cache.computeIfAbsent(year, this::load);
    }

    private Map<LocalDate, String> load(int year) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        for (Holiday holiday : manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY)) {
            holidays.put(holiday.getDate(), holiday.getDescription(Locale.FRENCH));
        }
        return Collections.unmodifiableMap(holidays);
    }
}
