package fr.proxima.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the school calendar ({@code proxima.calendar.*}).
 *
 * @param loadAtStartup import the shipped zone C calendar when the calendar table is empty
 */
@ConfigurationProperties("proxima.calendar")
public record CalendarProperties(@DefaultValue("true") boolean loadAtStartup) {
}
