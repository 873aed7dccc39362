package io.usiem.parser.webserver.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * An access log format compiled once from an Apache {@code LogFormat} string ({@code %h %l %u %t \"%r\" ...})
 * or an nginx {@code log_format} string ({@code $remote_addr - $remote_user [$time_local] ...}) into
 * literals and directives, and the hand scan that matches a line against it: a value ends at the first
 * character of the literal after it, a value between double quotes at the closing quote that is not
 * escaped ({@code \"} by Apache, {@code \x22} by nginx), the last value at the end of the line. Immutable.
 */
final class LogFormat {
    /** The whole line matched. */
    static final int FULL = 1;
    /** The format matched and the line goes on after a space (fields appended to a known format). */
    static final int PREFIX = 2;
    static final int NO_MATCH = 0;

    final String source;
    final boolean nginx;
    /** literals[i] precedes vars[i]; literals[vars.length] ends the line. */
    private final String[] literals;
    final Var[] vars;
    private final boolean[] quoted;

    private LogFormat(String source, boolean nginx, String[] literals, Var[] vars) {
        this.source = source;
        this.nginx = nginx;
        this.literals = literals;
        this.vars = vars;
        this.quoted = new boolean[vars.length];
        for (int i = 0; i < vars.length; i++) {
            quoted[i] = literals[i].endsWith("\"") && literals[i + 1].startsWith("\"");
        }
    }

    /**
     * @param format an Apache LogFormat string (with {@code \"} or {@code "} quotes) or an nginx log_format
     *        string (told apart by a {@code $} variable)
     * @return the compiled format
     * @throws IllegalArgumentException with a reason when the format cannot be scanned
     */
    static LogFormat compile(String format) {
        if (format == null || format.isBlank()) {
            throw new IllegalArgumentException("empty log format");
        }
        String f = format.strip();
        if (f.length() > 1 && f.charAt(0) == '\'' && f.charAt(f.length() - 1) == '\'') {
            f = f.substring(1, f.length() - 1);
        }
        boolean nginx = f.indexOf('$') >= 0 && !f.contains("%h") && !f.contains("%a");
        List<String> literals = new ArrayList<>();
        List<Var> vars = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        int n = f.length();
        while (i < n) {
            char c = f.charAt(i);
            if (c == '\\' && i + 1 < n) {
                // httpd.conf's \" and nginx.conf's quoted-string escapes (\" \' \\) both stand for the character.
                char e = f.charAt(i + 1);
                literal.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
                i += 2;
            } else if (!nginx && c == '%') {
                i = apacheDirective(f, i + 1, literal, literals, vars);
            } else if (nginx && c == '$' && i + 1 < n && (f.charAt(i + 1) == '{' || isNameChar(f.charAt(i + 1)))) {
                boolean braced = f.charAt(i + 1) == '{';
                int start = braced ? i + 2 : i + 1;
                int end = start;
                while (end < n && isNameChar(f.charAt(end))) {
                    end++;
                }
                if (braced && (end >= n || f.charAt(end) != '}')) {
                    throw new IllegalArgumentException("unclosed ${ in log format at " + i);
                }
                add(Var.nginx(f.substring(start, end)), literal, literals, vars, f);
                i = braced ? end + 1 : end;
            } else {
                literal.append(c);
                i++;
            }
        }
        literals.add(literal.toString());
        if (vars.isEmpty()) {
            throw new IllegalArgumentException("log format has no directive: " + format);
        }
        return new LogFormat(format, nginx, literals.toArray(new String[0]), vars.toArray(new Var[0]));
    }

    private static int apacheDirective(String f, int i, StringBuilder literal, List<String> literals, List<Var> vars) {
        int n = f.length();
        if (i < n && f.charAt(i) == '%') {
            literal.append('%');
            return i + 1;
        }
        // Modifiers: status conditions (%400,501{User-agent}i, %!200a) and < > (original or final request).
        while (i < n && ("0123456789,!<>".indexOf(f.charAt(i)) >= 0)) {
            i++;
        }
        String arg = null;
        if (i < n && f.charAt(i) == '{') {
            int close = f.indexOf('}', i);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed %{ in log format at " + i);
            }
            arg = f.substring(i + 1, close);
            i = close + 1;
        }
        if (i >= n) {
            throw new IllegalArgumentException("log format ends inside a % directive");
        }
        char d = f.charAt(i);
        if (d == 't' && arg == null) {
            // %t is the bracketed CLF time: "[10/Oct/2000:13:55:36 -0700]".
            literal.append('[');
            add(Var.TIME_HTTP, literal, literals, vars, f);
            literal.append(']');
        } else {
            add(d == 't' ? Var.OTHER : Var.apache(d, arg), literal, literals, vars, f);
        }
        return i + 1;
    }

    private static void add(Var v, StringBuilder literal, List<String> literals, List<Var> vars, String f) {
        // %U%q (path then query) is the one common pair with nothing between: the query starts at '?'.
        boolean pathQuery = !vars.isEmpty() && vars.get(vars.size() - 1) == Var.PATH && v == Var.QUERY;
        if (!vars.isEmpty() && literal.length() == 0 && !pathQuery) {
            throw new IllegalArgumentException("two directives with nothing between them cannot be told apart: " + f);
        }
        literals.add(literal.toString());
        literal.setLength(0);
        vars.add(v);
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    /**
     * Matches s from index from; value i is s[start[i], end[i]).
     *
     * @return {@link #FULL}, {@link #PREFIX} or {@link #NO_MATCH}
     */
    int scan(String s, int from, int[] start, int[] end) {
        int n = s.length();
        while (n > from && (s.charAt(n - 1) == '\r' || s.charAt(n - 1) == '\n' || s.charAt(n - 1) == ' ')) {
            n--;
        }
        int pos = from;
        int last = vars.length - 1;
        for (int i = 0; i <= last; i++) {
            String lit = literals[i];
            if (!s.startsWith(lit, pos)) {
                return NO_MATCH;
            }
            pos += lit.length();
            if (pos > n) {
                return NO_MATCH;
            }
            String next = literals[i + 1];
            int stop;
            if (quoted[i]) {
                stop = closingQuote(s, pos, n);
            } else if (next.isEmpty() && i < last && vars[i + 1] == Var.QUERY) {
                String after = literals[i + 2];
                int limit = after.isEmpty() ? n : s.indexOf(after.charAt(0), pos);
                if (limit < 0 || limit > n) {
                    limit = n;
                }
                int q = s.indexOf('?', pos);
                stop = q >= 0 && q < limit ? q : limit;
            } else if (next.isEmpty()) {
                stop = i == last ? n : -1;
            } else {
                stop = s.indexOf(next.charAt(0), pos);
                // A client written as a forwarding chain ("10.0.0.2, 10.0.0.1, 127.0.0.1 - - [...]").
                while (vars[i] == Var.CLIENT && stop > pos && next.charAt(0) == ' ' && s.charAt(stop - 1) == ',') {
                    stop = s.indexOf(' ', stop + 1);
                }
                if (stop > n) {
                    stop = -1;
                }
                if (stop < 0 && i == last && next.isBlank()) {
                    stop = n;
                }
            }
            if (stop < 0) {
                return NO_MATCH;
            }
            if (!valid(vars[i], s, pos, stop)) {
                return NO_MATCH;
            }
            start[i] = pos;
            end[i] = stop;
            pos = stop;
        }
        String tail = literals[last + 1];
        if (pos + tail.length() <= n && s.startsWith(tail, pos)) {
            pos += tail.length();
        } else if (!tail.isBlank()) {
            return NO_MATCH;
        }
        if (pos >= n) {
            return FULL;
        }
        return s.charAt(pos) == ' ' || (pos > from && s.charAt(pos - 1) == ' ') ? PREFIX : NO_MATCH;
    }

    /** @return the index of the closing quote at or after from, skipping backslash escapes, or -1 */
    private static int closingQuote(String s, int from, int n) {
        for (int k = from; k < n; k++) {
            char c = s.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '"') {
                return k;
            }
        }
        return -1;
    }

    /** Cheap shape checks that tell formats apart (combined from common, a status from a size). */
    private static boolean valid(Var v, String s, int from, int to) {
        if (v == Var.STATUS) {
            return to - from == 3 && digit(s.charAt(from)) && digit(s.charAt(from + 1)) && digit(s.charAt(from + 2))
                    || (to - from == 1 && s.charAt(from) == '-');
        }
        if (v == Var.CLIENT) {
            if (to == from) {
                return false;
            }
            for (int k = from; k < to; k++) {
                if (s.charAt(k) == ' ' && (k == from || s.charAt(k - 1) != ',')) {
                    return false;
                }
            }
            return true;
        }
        if (v.numeric()) {
            if (to - from == 1 && s.charAt(from) == '-') {
                return true;
            }
            if (to == from) {
                return false;
            }
            for (int k = from; k < to; k++) {
                char c = s.charAt(k);
                if (!digit(c) && c != '.') {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    @Override
    public String toString() {
        return source;
    }
}
