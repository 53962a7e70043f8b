package fr.proxima.school;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The UAI code (unité administrative immatriculée) of a French school: seven digits and a check
 * letter, such as 0750654D. The first three digits are the département (075 for Paris).
 */
public final class Uai {

    /** The 23 letters of the check alphabet: I, O and Q are left out. */
    private static final String CHECK_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

    private static final Pattern FORMAT = Pattern.compile("\\d{7}[A-Z]");

    private Uai() {
    }

    /** Trims and upper-cases a code as typed, or returns an empty string for null. */
    public static String normalize(String raw) {
        return raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
    }

    /** True for seven digits followed by an upper-case letter, whatever the letter. */
    public static boolean isWellFormed(String uai) {
        return uai != null && FORMAT.matcher(uai).matches();
    }

    /** Returns the check letter owed by a well-formed code: the letter at (first 7 digits) mod 23. */
    public static char expectedCheckLetter(String uai) {
        int number = Integer.parseInt(uai.substring(0, 7));
        return CHECK_LETTERS.charAt(number % 23);
    }

    /** True when the code is well-formed and ends with its check letter. */
    public static boolean isValid(String uai) {
        return isWellFormed(uai) && uai.charAt(7) == expectedCheckLetter(uai);
    }

    /** Returns the normalized code when it is valid, otherwise empty. */
    public static Optional<String> parse(String raw) {
        String uai = normalize(raw);
        return isValid(uai) ? Optional.of(uai) : Optional.empty();
    }

    /** Returns the département of a well-formed code: its first three digits, such as "075". */
    public static String departement(String uai) {
        return uai.substring(0, 3);
    }
}
