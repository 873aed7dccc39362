package io.usiem.parser.iis.internal;

import io.usiem.api.event.IpAddress;
import io.usiem.api.parser.TextScan;

/**
 * The columns of one data line, found by a hand scan: IIS separates values by one space and writes a space inside a
 * value as {@code +}, so a value never holds a space. Mutable, one per line.
 */
final class Columns {
    /** More columns than any IIS selection (22 standard fields plus custom fields) makes the line no IIS line. */
    static final int MAX = 64;

    final String line;
    final int[] start = new int[MAX];
    final int[] end = new int[MAX];
    int count;

    /** @param line the line @param from where the data starts (after any syslog header) */
    Columns(String line, int from) {
        this.line = line;
        int n = line.length();
        while (n > from && (line.charAt(n - 1) == '\r' || line.charAt(n - 1) == '\n' || line.charAt(n - 1) == ' ')) {
            n--;
        }
        int i = from;
        while (i < n) {
            // Runs of blanks count as one separator: a forwarder that pads or tabs a line does not shift its columns.
            while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            if (i >= n) {
                break;
            }
            if (count == MAX) {
                count = MAX + 1;
                return;
            }
            start[count] = i;
            while (i < n && line.charAt(i) != ' ' && line.charAt(i) != '\t') {
                i++;
            }
            end[count++] = i;
        }
    }

    boolean absent(int c) {
        return end[c] - start[c] == 1 && line.charAt(start[c]) == '-';
    }

    String text(int c) {
        return line.substring(start[c], end[c]);
    }

    /** @return the column's value with IIS's {@code +} turned back into spaces */
    String spaced(int c) {
        return text(c).replace('+', ' ');
    }

    /** @return the number, or -1 when the column is not digits */
    long number(int c) {
        return TextScan.number(line, start[c], end[c]);
    }

    boolean digits(int c) {
        for (int i = start[c]; i < end[c]; i++) {
            if (!TextScan.isDigit(line.charAt(i))) {
                return false;
            }
        }
        return end[c] > start[c] && end[c] - start[c] <= 18;
    }

    /** @return the address, without an IPv6 zone ({@code fe80::1%12}), or null */
    IpAddress ip(int c) {
        int to = end[c];
        for (int i = start[c]; i < to; i++) {
            if (line.charAt(i) == '%') {
                to = i;
                break;
            }
        }
        return IpAddress.tryParse(line, start[c], to);
    }

    /** @return whether the column is {@code yyyy-MM-dd} with a real month and day */
    boolean date(int c) {
        int s = start[c];
        if (end[c] - s != 10 || line.charAt(s + 4) != '-' || line.charAt(s + 7) != '-') {
            return false;
        }
        int month = TextScan.digits(line, s + 5, 2);
        int day = TextScan.digits(line, s + 8, 2);
        return TextScan.digits(line, s, 4) >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    /** @return whether the column is {@code HH:mm:ss}, optionally with a fraction */
    boolean time(int c) {
        int s = start[c];
        int len = end[c] - s;
        if (len < 8 || line.charAt(s + 2) != ':' || line.charAt(s + 5) != ':') {
            return false;
        }
        int h = TextScan.digits(line, s, 2);
        int m = TextScan.digits(line, s + 3, 2);
        int sec = TextScan.digits(line, s + 6, 2);
        if (h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 60) {
            return false;
        }
        if (len == 8) {
            return true;
        }
        if (line.charAt(s + 8) != '.' || len == 9 || len > 18) {
            return false;
        }
        for (int i = s + 9; i < end[c]; i++) {
            if (!TextScan.isDigit(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** @return whether the column is an HTTP method as clients send it: capitals, {@code _} or {@code -} (RPC_IN_DATA, M-SEARCH) */
    boolean method(int c) {
        int len = end[c] - start[c];
        if (len < 3 || len > 24) {
            return false;
        }
        for (int i = start[c]; i < end[c]; i++) {
            char ch = line.charAt(i);
            if (!(ch >= 'A' && ch <= 'Z' || ch == '_' || ch == '-')) {
                return false;
            }
        }
        return true;
    }
}
