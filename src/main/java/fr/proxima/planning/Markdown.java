package fr.proxima.planning;

/** Markdown escaping for the text that Camunda Forms show, so that file names and names show as typed. */
final class Markdown {

    private Markdown() {
    }

    /** Escapes the characters that Markdown would read as markup, and turns line breaks into spaces. */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if (c == '\n' || c == '\r') {
                escaped.append(' ');
                continue;
            }
            if ("\\`*_{}[]()<>#+-.!|~&\"'".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
