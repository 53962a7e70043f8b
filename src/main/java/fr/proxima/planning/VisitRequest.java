package fr.proxima.planning;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A visit that passed validation, from a line of a planning file or from a request of the visit API.
 *
 * @param line the line of the planning file, or null for a request of the visit API
 * @param uai the lycée's UAI, normalized
 * @param start local time in Europe/Paris, the slot's usual start unless the planning gave one
 * @param end local time in Europe/Paris, the slot's usual end unless the planning gave one
 */
public record VisitRequest(Long line, LocalDate date, String uai, String technicianId, VisitSlot slot,
        LocalTime start, LocalTime end) {
}
