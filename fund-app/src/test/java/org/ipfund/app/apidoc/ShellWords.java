package org.ipfund.app.apidoc;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one shell command into its words as a POSIX shell would for the README's examples: single and double quotes
 * (a quoted JSON body may span lines), a backslash before a line break, and the command ending at an unquoted line
 * break, comment, pipe, redirection or separator. No expansion: the examples have none.
 */
final class ShellWords {

    private ShellWords() {
    }

    /** The words, or {@link Unterminated} when a quote is still open: the command goes on on the next line. */
    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                int end = text.indexOf(c, i + 1);
                if (end < 0) {
                    throw new Unterminated();
                }
                word = (word == null ? new StringBuilder() : word).append(text, i + 1, end);
                i = end;
            } else if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
            } else if (c == '\\' && i + 1 == text.length()) {
                throw new Unterminated();
            } else if (c == '\n' || (word == null && "#|><;&".indexOf(c) >= 0)) {
                break;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = (word == null ? new StringBuilder() : word).append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    /** The command is not complete yet. */
    static final class Unterminated extends RuntimeException {
        Unterminated() {
            super("a quote is still open", null, false, false);
        }
    }
}
