package fr.proxima.school;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The eight départements of Île-de-France and the académie that each belongs to. */
final class IleDeFranceDepartements {

    private static final Map<String, String> ACADEMIE_BY_DEPARTEMENT = new TreeMap<>(Map.of(
            "075", "Paris",
            "077", "Créteil",
            "078", "Versailles",
            "091", "Versailles",
            "092", "Versailles",
            "093", "Créteil",
            "094", "Créteil",
            "095", "Versailles"));

    private IleDeFranceDepartements() {
    }

    /** Returns the codes in order, as error messages show them: "075, 077, 078, …". */
    static String list() {
        return String.join(", ", ACADEMIE_BY_DEPARTEMENT.keySet());
    }

    /**
     * Returns the three-digit code of a département of the region, or empty. Accepts "75" for
     * "075" because spreadsheets drop the leading zero of numeric-looking cells.
     */
    static Optional<String> parse(String raw) {
        String code = raw.strip();
        if (code.matches("\\d{2}")) {
            code = "0" + code;
        }
        return ACADEMIE_BY_DEPARTEMENT.containsKey(code) ? Optional.of(code) : Optional.empty();
    }

    /** Returns the académie of a département returned by {@link #parse}, spelled with its accent. */
    static String academieOf(String departement) {
        return ACADEMIE_BY_DEPARTEMENT.get(departement);
    }

    /** True when the académie names match, ignoring case and accents ("creteil" matches "Créteil"). */
    static boolean sameAcademie(String typed, String expected) {
        return fold(typed).equals(fold(expected));
    }

    private static String fold(String name) {
        String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
