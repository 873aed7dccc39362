package io.usiem.parser.auditd.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Reads the syslog prefix of an audit line forwarded by audisp-syslog, auditd or journald (a copy of the Linux auth
 * parser's reader: bundles share no implementation), by hand and without regular expressions because it runs for
 * every line: optional {@code <PRI>}, then an RFC 5424 header, or a BSD timestamp ({@code Mmm dd hh:mm:ss},
 * rsyslog's traditional file format), or an ISO-8601 timestamp (rsyslog's file format on Debian 12+,
 * {@code journalctl -o short-iso}), then the host name and the {@code program[pid]:} tag. One instance per
 * line; not thread-safe.
 */
final class SyslogPrefix {
    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";
    private static final long NANOS = 1_000_000_000L;

    int priority = -1;
    long timeNanos;
    String hostname;
    String program;
    String pid;
    int bodyStart;

    /**
     * @param s the line
     * @param receivedNanos received time, to infer the year of a BSD timestamp
     * @param zone zone of timestamps without offset
     * @return whether a {@code program:} tag was found (a line without one is not an auth.log line)
     */
    boolean parse(String s, long receivedNanos, ZoneId zone) {
        int n = s.length();
        int i = 0;
        if (n > 0 && s.charAt(0) == '<') {
            int close = s.indexOf('>', 1);
            if (close < 2 || close > 4) {
                return false;
            }
            int pri = 0;
            for (int k = 1; k < close; k++) {
                char c = s.charAt(k);
                if (c < '0' || c > '9') {
                    return false;
                }
                pri = pri * 10 + (c - '0');
            }
            if (pri > 191) {
                return false;
            }
            priority = pri;
            i = close + 1;
            if (i + 1 < n && s.charAt(i) == '1' && s.charAt(i + 1) == ' ') {
                return parse5424(s, i + 2, zone);
            }
        }
        i = skipSpaces(s, i);
        int afterTime = bsdTime(s, i, receivedNanos, zone);
        if (afterTime < 0) {
            afterTime = isoTime(s, i, zone);
        }
        if (afterTime >= 0) {
            i = skipSpaces(s, afterTime);
        }
        int sp = s.indexOf(' ', i);
        if (sp < 0) {
            return false;
        }
        if (!tag(s, i, sp)) {
            // The first token is the host name; the tag follows.
            hostname = s.substring(i, sp);
            i = skipSpaces(s, sp);
            sp = s.indexOf(' ', i);
            if (sp < 0 ? !tag(s, i, n) : !tag(s, i, sp)) {
                return false;
            }
        }
        bodyStart = sp < 0 ? n : sp + 1;
        return true;
    }

    private boolean parse5424(String s, int i, ZoneId zone) {
        int n = s.length();
        int end = s.indexOf(' ', i);
        if (end < 0) {
            return false;
        }
        if (!(end == i + 1 && s.charAt(i) == '-') && isoTime(s, i, zone) != end) {
            return false;
        }
        int[] bounds = new int[8];
        int at = end + 1;
        for (int t = 0; t < 4; t++) {
            int sp = s.indexOf(' ', at);
            if (sp < 0) {
                return false;
            }
            bounds[2 * t] = at;
            bounds[2 * t + 1] = sp;
            at = sp + 1;
        }
        hostname = nil(s, bounds[0], bounds[1]);
        program = nil(s, bounds[2], bounds[3]);
        pid = nil(s, bounds[4], bounds[5]);
        if (at < n && s.charAt(at) == '[') {
            at = skipStructuredData(s, at);
            if (at < 0) {
                return false;
            }
        } else if (at < n && s.charAt(at) == '-') {
            at++;
        }
        if (at < n && s.charAt(at) == ' ') {
            at++;
        }
        if (at < n && s.charAt(at) == ' ') {
            at++; // rsyslog writes an empty structured data followed by two spaces
        }
        if (at < n && s.charAt(at) == '\uFEFF') {
            at++;
        }
        bodyStart = at;
        return program != null;
    }

    private static int skipStructuredData(String s, int i) {
        int n = s.length();
        boolean quoted = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\\' && quoted) {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ']' && !quoted && (i + 1 >= n || s.charAt(i + 1) != '[')) {
                return i + 1;
            }
        }
        return -1;
    }

    /** A syslog tag {@code app:} or {@code app[pid]:} in [from, to). */
    private boolean tag(String s, int from, int to) {
        if (to - from < 2 || s.charAt(to - 1) != ':') {
            return false;
        }
        int end = to - 1;
        int bracket = s.indexOf('[', from);
        if (bracket >= 0 && bracket < end) {
            if (bracket == from || s.charAt(end - 1) != ']' || bracket + 1 >= end - 1) {
                return false;
            }
            for (int k = bracket + 1; k < end - 1; k++) {
                if (!Character.isDigit(s.charAt(k))) {
                    return false;
                }
            }
            pid = s.substring(bracket + 1, end - 1);
            end = bracket;
        }
        if (end - from > 48) {
            return false;
        }
        for (int k = from; k < end; k++) {
            char c = s.charAt(k);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '/' || c == '@')) {
                pid = null;
                return false;
            }
        }
        program = s.substring(from, end);
        return true;
    }

    /** @return the index after a BSD timestamp at i, or -1 */
    private int bsdTime(String s, int i, long receivedNanos, ZoneId zone) {
        int n = s.length();
        if (i + 15 > n) {
            return -1;
        }
        if (s.charAt(i + 3) != ' ') {
            return -1;
        }
        int month = 0;
        for (int m = 0; m < 12; m++) {
            if (MONTHS.regionMatches(3 * m, s, i, 3)) {
                month = m + 1;
                break;
            }
        }
        if (month == 0) {
            return -1;
        }
        int j = i + 4;
        if (s.charAt(j) == ' ') {
            j++;
        }
        int dayStart = j;
        while (j < n && j - dayStart < 2 && Character.isDigit(s.charAt(j))) {
            j++;
        }
        int day = digits(s, dayStart, j);
        if (day < 1 || day > 31) {
            return -1;
        }
        if (j >= n || s.charAt(j) != ' ') {
            return -1;
        }
        j++;
        int year = -1;
        if (j + 5 <= n && s.charAt(j + 4) == ' ' && digits(s, j, j + 4) >= 0) {
            year = digits(s, j, j + 4);
            j += 5;
        }
        if (j + 8 > n || s.charAt(j + 2) != ':' || s.charAt(j + 5) != ':') {
            return -1;
        }
        int hour = digits(s, j, j + 2);
        int minute = digits(s, j + 3, j + 5);
        int second = digits(s, j + 6, j + 8);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) {
            return -1;
        }
        j += 8;
        int nano = 0;
        if (j < n && s.charAt(j) == '.') {
            int start = ++j;
            while (j < n && Character.isDigit(s.charAt(j)) && j - start < 9) {
                nano = nano * 10 + (s.charAt(j++) - '0');
            }
            for (int k = j - start; k < 9; k++) {
                nano *= 10;
            }
        }
        long receivedSeconds = Math.floorDiv(receivedNanos, NANOS);
        int y = year >= 0 ? year : yearOf(receivedSeconds, zone);
        if (day > daysInMonth(y, month)) {
            return -1;
        }
        long t = local(y, month, day, hour, minute, second, zone);
        // Without a year, a time more than two days ahead is from last year (December lines read in January).
        if (year < 0 && t > receivedSeconds + 2 * 86_400L && day <= daysInMonth(y - 1, month)) {
            t = local(y - 1, month, day, hour, minute, second, zone);
        }
        timeNanos = t * NANOS + nano;
        return j;
    }

    /** @return the index after an ISO-8601 timestamp at i, or -1 */
    private int isoTime(String s, int i, ZoneId zone) {
        int n = s.length();
        if (i + 19 > n || s.charAt(i + 4) != '-' || s.charAt(i + 7) != '-' || (s.charAt(i + 10) != 'T' && s.charAt(i + 10) != ' ')
                || s.charAt(i + 13) != ':' || s.charAt(i + 16) != ':') {
            return -1;
        }
        int year = digits(s, i, i + 4);
        int month = digits(s, i + 5, i + 7);
        int day = digits(s, i + 8, i + 10);
        int hour = digits(s, i + 11, i + 13);
        int minute = digits(s, i + 14, i + 16);
        int second = digits(s, i + 17, i + 19);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour < 0 || hour > 23
                || minute < 0 || minute > 59 || second < 0 || second > 60) {
            return -1;
        }
        int j = i + 19;
        int nano = 0;
        if (j < n && (s.charAt(j) == '.' || s.charAt(j) == ',')) {
            int start = ++j;
            while (j < n && Character.isDigit(s.charAt(j))) {
                if (j - start < 9) {
                    nano = nano * 10 + (s.charAt(j) - '0');
                }
                j++;
            }
            for (int k = Math.min(j - start, 9); k < 9; k++) {
                nano *= 10;
            }
        }
        long seconds;
        if (j < n && s.charAt(j) == 'Z') {
            seconds = utc(year, month, day, hour, minute, second);
            j++;
        } else if (j + 5 <= n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
            int oh = digits(s, j + 1, j + 3);
            int colon = j + 3 < n && s.charAt(j + 3) == ':' ? 1 : 0;
            int om = j + 5 + colon <= n ? digits(s, j + 3 + colon, j + 5 + colon) : -1;
            if (oh < 0 || oh > 18 || om < 0 || om > 59) {
                return -1;
            }
            int offset = (oh * 3600 + om * 60) * (s.charAt(j) == '-' ? -1 : 1);
            seconds = utc(year, month, day, hour, minute, second) - offset;
            j += 5 + colon;
        } else {
            seconds = local(year, month, day, hour, minute, second, zone);
        }
        if (j < n && s.charAt(j) != ' ') {
            return -1;
        }
        timeNanos = seconds * NANOS + nano;
        return j;
    }

    private static long local(int y, int mo, int d, int h, int mi, int s, ZoneId zone) {
        long utc = utc(y, mo, d, h, mi, s);
        if (zone instanceof ZoneOffset) {
            return utc - ((ZoneOffset) zone).getTotalSeconds();
        }
        return utc - zone.getRules().getOffset(LocalDateTime.of(y, mo, d, h, mi, s)).getTotalSeconds();
    }

    private static int yearOf(long epochSeconds, ZoneId zone) {
        return LocalDateTime.ofEpochSecond(epochSeconds, 0, zone.getRules().getOffset(java.time.Instant.ofEpochSecond(epochSeconds))).getYear();
    }

    /** Seconds since the epoch of a UTC civil time (days-from-civil, proleptic Gregorian). */
    static long utc(int y, int m, int d, int h, int mi, int s) {
        int yy = m <= 2 ? y - 1 : y;
        long era = Math.floorDiv(yy, 400);
        long yoe = yy - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        long days = era * 146_097 + doe - 719_468;
        return days * 86_400 + h * 3600L + mi * 60L + s;
    }

    private static int daysInMonth(int y, int m) {
        switch (m) {
            case 2:
                return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    /** @return the decimal value of s[from, to), or -1 when a character is not a digit */
    static int digits(String s, int from, int to) {
        if (to > s.length() || from >= to) {
            return -1;
        }
        int v = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static String nil(String s, int from, int to) {
        return to - from == 1 && s.charAt(from) == '-' ? null : s.substring(from, to);
    }
}
