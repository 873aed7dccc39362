package io.usiem.parser.auditd.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One audit record read by hand: {@code [node=N ]type=T msg=audit(SECONDS.MILLIS:SERIAL): key=value ...}, the
 * kernel's {@code type=1300 audit(...)}, and journald's {@code AVC key=value}. Values are kept as logged, with
 * their quoting resolved: {@code "text"} is text, {@code 'k=v ...'} (user-space messages) is read as pairs of its
 * own, the part after the {@code \x1d} separator of the enriched format (interpreted values such as
 * {@code UID="root"}) is read as more pairs. Mutable, one per line.
 */
final class AuditRecord {
    /** Pairs read before giving up: enough for any real record (EXECVE of long command lines), bounded for hostile ones. */
    private static final int MAX_PAIRS = 512;

    String node;
    String type;
    long seconds = -1;
    int millis;
    long serial = -1;
    String id;
    /** key, value, key, value... in order; a value whose quoting said "text" is in {@link #quoted}. */
    final List<String> pairs = new ArrayList<>(64);
    final List<Boolean> quoted = new ArrayList<>(32);
    /** SELinux AVC: granted or denied, and the permissions between braces. */
    String avcResult;
    String avcPermissions;

    /**
     * @param s the record text (after any syslog header)
     * @return null when read, or why the record is malformed; {@link #NOT_AUDIT} when it is no audit record
     */
    String read(String s) {
        int n = s.length();
        int i = 0;
        if (s.startsWith("node=")) {
            int sp = s.indexOf(' ');
            if (sp < 0) {
                return "truncated audit record: nothing after node=";
            }
            node = s.substring(5, sp);
            i = sp + 1;
        }
        if (s.startsWith("type=", i)) {
            int sp = s.indexOf(' ', i);
            if (sp < 0) {
                return "truncated audit record: nothing after type=";
            }
            type = RecordTypes.name(s.substring(i + 5, sp));
            i = sp + 1;
            int header = s.startsWith("msg=audit(", i) ? i + 10 : s.startsWith("audit(", i) ? i + 6 : -1;
            if (header < 0) {
                return "audit record without msg=audit(...) after type=" + type;
            }
            int close = s.indexOf("):", header);
            if (close < 0) {
                return "truncated audit record: msg=audit( not closed";
            }
            String error = stamp(s, header, close);
            if (error != null) {
                return error;
            }
            i = close + 2;
        } else {
            // journald's kernel audit lines: "AVC apparmor=..." or "SYSCALL arch=..."
            int sp = s.indexOf(' ', i);
            if (sp <= i || !RecordTypes.isName(s, i, sp) || s.indexOf('=', sp) < 0) {
                return NOT_AUDIT;
            }
            type = s.substring(i, sp);
            i = sp + 1;
        }
        if (s.startsWith(" avc:", i - 1) || s.startsWith("avc:", skipSpaces(s, i))) {
            i = avc(s, skipSpaces(s, i) + 4);
        }
        return pairs(s, i, n, 0);
    }

    /** Marks a line that is not an audit record (another program's line). */
    static final String NOT_AUDIT = new String("not an audit record");

    private String stamp(String s, int from, int close) {
        int dot = s.indexOf('.', from);
        int colon = s.indexOf(':', from);
        if (dot < 0 || colon < dot || colon > close) {
            return "malformed audit stamp '" + s.substring(from, close) + "': expected SECONDS.MILLIS:SERIAL";
        }
        long sec = number(s, from, dot);
        long ms = number(s, dot + 1, colon);
        long ser = number(s, colon + 1, close);
        if (sec < 0 || ms < 0 || ms > 999_999_999 || ser < 0 || dot - from > 12) {
            return "malformed audit stamp '" + s.substring(from, close) + "': expected SECONDS.MILLIS:SERIAL";
        }
        seconds = sec;
        int digits = colon - dot - 1;
        millis = (int) (digits == 3 ? ms : ms * Math.pow(10, 3 - Math.min(digits, 9)));
        serial = ser;
        id = s.substring(from, close);
        return null;
    }

    /** SELinux: {@code avc:  denied  { read write } for  pid=...}. */
    private int avc(String s, int i) {
        i = skipSpaces(s, i);
        int sp = s.indexOf(' ', i);
        if (sp < 0) {
            return s.length();
        }
        avcResult = s.substring(i, sp);
        i = skipSpaces(s, sp);
        if (i < s.length() && s.charAt(i) == '{') {
            int close = s.indexOf('}', i);
            if (close > 0) {
                avcPermissions = s.substring(i + 1, close).trim();
                i = close + 1;
            }
        }
        i = skipSpaces(s, i);
        if (s.startsWith("for ", i)) {
            i += 4;
        }
        return i;
    }

    /** Reads key=value pairs in [i, end); returns null or an error. */
    private String pairs(String s, int i, int end, int depth) {
        while (i < end && pairs.size() < 2 * MAX_PAIRS) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\u001d' || c == ',') {
                i++;
                continue;
            }
            int eq = i;
            while (eq < end && s.charAt(eq) != '=' && s.charAt(eq) != ' ') {
                eq++;
            }
            if (eq >= end || s.charAt(eq) != '=') {
                // A word without value (e.g. "audit_enabled" in old records); skip it.
                i = eq;
                continue;
            }
            if (!isKey(s, i, eq)) {
                // Not an audit field name (audit keys are short words): skip the word, never make a field of it.
                i = eq + 1;
                continue;
            }
            String key = s.substring(i, eq);
            int v = eq + 1;
            if (("proctitle".equals(key) || "cmdline".equals(key)) && type != null && type.startsWith("AUOMS_")) {
                // AUOMS writes command lines unescaped (quotes and spaces inside) before its trailing redactors= pair.
                int stop = s.indexOf(" redactors=", v);
                stop = stop < 0 || stop > end ? end : stop;
                int from = v;
                int to = stop;
                if (to - from >= 2 && s.charAt(from) == '"' && s.charAt(to - 1) == '"') {
                    from++;
                    to--;
                }
                add(key, s.substring(from, to), true);
                i = stop;
            } else if (v < end && s.charAt(v) == '"') {
                int close = s.indexOf('"', v + 1);
                if (close < 0 || close >= end) {
                    return "unterminated quoted value of " + key;
                }
                add(key, s.substring(v + 1, close), true);
                i = close + 1;
            } else if (v < end && s.charAt(v) == '\'' && depth == 0) {
                int close = s.lastIndexOf('\'', end - 1);
                if (close <= v) {
                    return "unterminated msg='...' of a user-space record";
                }
                String error = pairs(s, v + 1, close, depth + 1);
                if (error != null) {
                    return error;
                }
                i = close + 1;
            } else {
                int stop = v;
                while (stop < end && s.charAt(stop) != ' ' && s.charAt(stop) != '\u001d') {
                    stop++;
                }
                // A user-space message's last value runs into the closing quote and the enriched part: res=success'UID="root"
                add(key, s.substring(v, stop), false);
                i = stop;
            }
        }
        return null;
    }

    /** Audit field names: letters, digits, {@code _ - [ ]}, at most 64 characters (a0[12], old-auid, UID). */
    private static boolean isKey(String s, int from, int to) {
        if (to <= from || to - from > 64) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '[' || c == ']')) {
                return false;
            }
        }
        return true;
    }

    private void add(String key, String value, boolean wasQuoted) {
        pairs.add(key);
        pairs.add(value);
        quoted.add(wasQuoted);
    }

    /** @return the value of the first pair with that key, or null */
    String get(String key) {
        for (int k = 0; k < pairs.size(); k += 2) {
            if (pairs.get(k).equals(key)) {
                return pairs.get(k + 1);
            }
        }
        return null;
    }

    /** @return whether the first pair with that key was quoted (text as logged), false when absent */
    boolean isQuoted(String key) {
        for (int k = 0; k < pairs.size(); k += 2) {
            if (pairs.get(k).equals(key)) {
                return quoted.get(k / 2);
            }
        }
        return false;
    }

    private static long number(String s, int from, int to) {
        if (from >= to || to - from > 18) {
            return -1;
        }
        long v = 0;
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
}
