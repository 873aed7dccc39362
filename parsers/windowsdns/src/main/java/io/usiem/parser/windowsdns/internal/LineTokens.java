package io.usiem.parser.windowsdns.internal;

/** Space-separated tokens of a line, with positions. */
final class LineTokens {
    final String s;
    int at;
    final int end;

    LineTokens(String s, int at) {
        this(s, at, s.length());
    }

    LineTokens(String s, int at, int end) {
        this.s = s;
        this.at = at;
        this.end = end;
    }

    String next() {
        while (at < end && s.charAt(at) == ' ') {
            at++;
        }
        if (at >= end || s.charAt(at) == '[') {
            return null;
        }
        int from = at;
        while (at < end && s.charAt(at) != ' ') {
            at++;
        }
        return s.substring(from, at);
    }

    /** Bounds of the last {@link #span()} or {@link #restSpan()}. */
    int from;
    int to;

    /** Moves over the next token, setting {@link #from} and {@link #to}; @return false at the end or at '[' */
    boolean span() {
        while (at < end && s.charAt(at) == ' ') {
            at++;
        }
        if (at >= end || s.charAt(at) == '[') {
            return false;
        }
        from = at;
        while (at < end && s.charAt(at) != ' ') {
            at++;
        }
        to = at;
        return true;
    }

    /** @return the next token, as the constant of {@code known} it equals (no copy), or a copy; null at the end */
    String nextKnown(String[] known) {
        if (!span()) {
            return null;
        }
        int len = to - from;
        for (String k : known) {
            if (k.length() == len && s.startsWith(k, from)) {
                return k;
            }
        }
        return s.substring(from, to);
    }

    /** Sets {@link #from}/{@link #to} to the rest of the line, trimmed; @return whether it is not empty */
    boolean restSpan() {
        from = at;
        while (from < end && s.charAt(from) == ' ') {
            from++;
        }
        to = end;
        while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        return to > from;
    }

    /** @return the position of c as the next non-space character, or -1 */
    int expect(char c) {
        while (at < end && s.charAt(at) == ' ') {
            at++;
        }
        return at < end && s.charAt(at) == c ? at++ : -1;
    }

    int closing(char c) {
        int i = s.indexOf(c, at);
        return i < 0 || i >= end ? -1 : i;
    }

    String rest() {
        int from = at;
        while (from < end && s.charAt(from) == ' ') {
            from++;
        }
        int to = end;
        while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }
}
