package io.usiem.parser.ciscoasa.internal;

import io.usiem.api.event.IpAddress;
import io.usiem.api.parser.TextScan;

/**
 * A position in an ASA message body with the small reads every message format is made of: literals,
 * words, numbers, and endpoints ({@code outside:192.0.2.1/443}, {@code 192.0.2.1/443},
 * {@code outside/192.0.2.1(443)}), whose parts it leaves in its endpoint fields. Mutable, one per line.
 */
final class Cursor {
    final String s;
    int pos;

    /** The last endpoint read. */
    String iface;
    IpAddress ip;
    String host;
    long port;

    Cursor(String s, int pos) {
        this.s = s;
        this.pos = pos;
    }

    boolean atEnd() {
        return pos >= s.length();
    }

    char peek() {
        return pos < s.length() ? s.charAt(pos) : '\0';
    }

    void skipSpaces() {
        while (pos < s.length() && s.charAt(pos) == ' ') {
            pos++;
        }
    }

    /** Skips spaces, then the literal if it is there. */
    boolean lit(String literal) {
        skipSpaces();
        if (s.startsWith(literal, pos)) {
            pos += literal.length();
            return true;
        }
        return false;
    }

    /** Moves after the next occurrence of the literal. */
    boolean find(String literal) {
        int at = s.indexOf(literal, pos);
        if (at < 0) {
            return false;
        }
        pos = at + literal.length();
        return true;
    }

    /** @return the next space-delimited word, or null at the end */
    String word() {
        skipSpaces();
        int start = pos;
        while (pos < s.length() && s.charAt(pos) != ' ') {
            pos++;
        }
        return pos > start ? s.substring(start, pos) : null;
    }

    /** @return the text up to (not including) the literal, moving after it; null (and no move) when absent */
    String until(String literal) {
        int at = s.indexOf(literal, pos);
        if (at < 0) {
            return null;
        }
        String v = s.substring(pos, at);
        pos = at + literal.length();
        return v;
    }

    /** @return the rest of the body, trimmed of spaces and a final period, or null when empty */
    String rest() {
        int from = pos;
        int to = s.length();
        while (from < to && s.charAt(from) == ' ') {
            from++;
        }
        while (to > from && (s.charAt(to - 1) == ' ' || s.charAt(to - 1) == '.')) {
            to--;
        }
        pos = s.length();
        return to > from ? s.substring(from, to) : null;
    }

    /** @return a non-negative number (at most 18 digits) at the position, or -1 */
    long number() {
        skipSpaces();
        int start = pos;
        long v = 0;
        while (pos < s.length() && pos - start < 18 && TextScan.isDigit(s.charAt(pos))) {
            v = v * 10 + s.charAt(pos++) - '0';
        }
        return pos > start ? v : -1;
    }

    /**
     * Reads {@code [iface:]address[/port]} (the interface when withInterface is set). The address may be a
     * name (left in host) or IPv6 (the interface ends at the first colon: interface names have none).
     *
     * @return whether an address was read
     */
    boolean endpoint(boolean withInterface) {
        skipSpaces();
        iface = null;
        ip = null;
        host = null;
        port = -1;
        int n = s.length();
        if (withInterface) {
            int colon = pos;
            while (colon < n && s.charAt(colon) != ':' && s.charAt(colon) != ' ') {
                colon++;
            }
            if (colon >= n || s.charAt(colon) != ':') {
                return false;
            }
            iface = s.substring(pos, colon);
            pos = colon + 1;
        }
        return address('/', true);
    }

    /** Reads {@code iface/address(port)}, as access-list messages write their endpoints. */
    boolean slashEndpoint() {
        skipSpaces();
        iface = null;
        ip = null;
        host = null;
        port = -1;
        int slash = pos;
        while (slash < s.length() && s.charAt(slash) != '/' && s.charAt(slash) != ' ') {
            slash++;
        }
        if (slash >= s.length() || s.charAt(slash) != '/') {
            return false;
        }
        iface = s.substring(pos, slash);
        pos = slash + 1;
        if (!address('(', false)) {
            return false;
        }
        if (peek() == '(') {
            pos++;
            port = number();
            if (peek() != ')') {
                return false;
            }
            pos++;
        }
        return true;
    }

    private boolean address(char portMark, boolean portAfterMark) {
        int n = s.length();
        int start = pos;
        while (pos < n) {
            char c = s.charAt(pos);
            if (c == ' ' || c == portMark || c == '(' || c == ')' || c == ',') {
                break;
            }
            pos++;
        }
        if (pos == start) {
            return false;
        }
        ip = IpAddress.tryParse(s, start, pos);
        if (ip == null) {
            host = s.substring(start, pos);
        }
        if (portAfterMark && pos < n && s.charAt(pos) == portMark) {
            pos++;
            port = number();
            if (port < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads a parenthesised annotation at the position (after spaces): {@code (LOCAL\jdoe)}, {@code (jdoe, 12:Sales)}.
     *
     * @return its content, or null when there is none
     */
    String paren() {
        int save = pos;
        skipSpaces();
        if (peek() != '(') {
            pos = save;
            return null;
        }
        int depth = 0;
        int start = pos + 1;
        for (int k = pos; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                pos = k + 1;
                return s.substring(start, k);
            }
        }
        pos = save;
        return null;
    }
}
