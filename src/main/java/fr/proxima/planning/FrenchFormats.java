package fr.proxima.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates, times and hours as French text writes them, for messages, mails and calendars. */
final class FrenchFormats {

    private static final DateTimeFormatter DAY_NAME = DateTimeFormatter.ofPattern("EEEE", Locale.FRANCE);

    private static final DateTimeFormatter MONTH_AND_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private FrenchFormats() {
    }

    /** Formats a day as "lundi 2 mars 2026", with "1er" for the first of the month. */
    static String date(LocalDate date) {
        String day = date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth());
        return date.format(DAY_NAME) + " " + day + " " + date.format(MONTH_AND_YEAR);
    }

    /** Formats a month as "mars 2026". */
    static String month(YearMonth month) {
        return month.format(MONTH_AND_YEAR);
    }

    /** Formats a time as "08:30". */
    static String time(LocalTime time) {
        return time.format(TIME);
    }

    /** Formats a range of hours as "08:30–12:00". */
    static String hours(LocalTime start, LocalTime end) {
        return time(start) + "–" + time(end);
    }

    /** Formats minutes as hours with a decimal comma: 210 gives "3,5 h", 420 gives "7 h". */
    static String duration(long minutes) {
        return number(BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)) + " h";
    }

    /** Formats a number with a decimal comma and at most two decimals: "94,5", "78,75", "-7". */
    static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.FRANCE));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
