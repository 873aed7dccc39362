package io.usiem.api.parser;

import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.api.event.OriginRole;
import org.jspecify.annotations.Nullable;

/**
 * Reads the syslog header in front of a line that did not come through the syslog input (a file, HTTP,
 * {@code siem:parse}, a relay's output), by hand and without regular expressions. It knows:
 * <ul>
 * <li>RFC 5424: {@code <PRI>1 TIMESTAMP HOST APP PROCID MSGID SD MSG}, with NILVALUEs, structured data
 * (skipped, its bounds kept), a BOM before the message, and a message id that ends the line;</li>
 * <li>RFC 3164 as written in the wild: with or without {@code <PRI>}; BSD timestamps with or without year
 * (before or after the time) and fraction, Cisco's sequence number ({@code 42: }), leading {@code *} and trailing
 * {@code :}; RFC 3339
 * timestamps with or without offset (rsyslog's file format); {@code host tag:} or just {@code tag:} (no
 * host name, as pfSense writes), tags {@code app:} and {@code app[pid]:}; and, when built with
 * {@link #untaggedHost()}, a host name without tag ({@code Mmm dd hh:mm:ss host body}, as firewalls send).</li>
 * </ul>
 * A line with neither PRI nor timestamp has no header ({@link #present()} is false, the body is the line).
 * Mutable: one per line, not thread-safe; it allocates only the strings it reports.
 *
 * @since 1.1
 */
public final class SyslogHeader {
    private static final String[] RFC5424_FIELDS = {"hostname", "app-name", "procid", "msgid"};

    private boolean untaggedHost;
    private boolean tagWithoutTime;
    private boolean present;
    private int priority = -1;
    private boolean rfc5424;
    private long timeNanos = SyslogClock.INVALID;
    private @Nullable String hostname;
    private @Nullable String appName;
    private @Nullable String procId;
    private @Nullable String msgId;
    private int structuredDataStart = -1;
    private int structuredDataEnd = -1;
    private int bodyStart;

    /**
     * After a BSD or RFC 3339 timestamp, takes a first token that is no tag and looks like no message (it has no {@code =}
     * or {@code ,} and does not end with {@code :}) as the host name, when no {@code tag:} follows it.
     *
     * @return this
     */
    public SyslogHeader untaggedHost() {
        this.untaggedHost = true;
        return this;
    }

    /**
     * Also reads a line with neither PRI nor timestamp that starts with {@code tag:} or {@code host tag:}
     * ({@code sshd[42]: Accepted ...}, as {@code journalctl -o short} minus its time or a relay writes); the
     * header is then present only when such a tag was found.
     *
     * @return this
     */
    public SyslogHeader tagWithoutTime() {
        this.tagWithoutTime = true;
        return this;
    }

    /**
     * @param s the line
     * @param clock the zone of timestamps without offset
     * @param receivedNanos the received time, for the year of BSD timestamps
     * @return null when the header was read or is absent, else why it is malformed (then the other
     *     accessors tell what was read before the fault and the body start is 0)
     */
    public @Nullable String read(String s, SyslogClock clock, long receivedNanos) {
        int n = s.length();
        int i = 0;
        if (n > 0 && s.charAt(0) == '<') {
            int pri = 0;
            int k = 1;
            while (k < n && k < 5 && TextScan.isDigit(s.charAt(k))) {
                pri = pri * 10 + s.charAt(k++) - '0';
            }
            if (k < 5 && k < n && s.charAt(k) == '>' && k > 1 && pri > 191) {
                return "invalid syslog PRI " + s.substring(0, k + 1) + ": must be 0-191";
            }
            if (k == 1 || k == 5 || k >= n || s.charAt(k) != '>') {
                return k == 5 || k >= n ? "invalid syslog PRI: no '>' within 3 digits" : "invalid syslog PRI: not a number";
            }
            priority = pri;
            present = true;
            i = k + 1;
            if (i + 1 < n && s.charAt(i) == '1' && s.charAt(i + 1) == ' ') {
                String error = read5424(s, i + 2, clock);
                if (error != null) {
                    bodyStart = 0;
                }
                return error;
            }
        }
        i = skipSpaces(s, i);
        SyslogTimestamp ts = new SyslogTimestamp();
        int end = timestamp(s, i, ts, clock, receivedNanos);
        int sequenceEnd = end < 0 ? sequenceNumberEnd(s, i) : -1;
        if (sequenceEnd > 0) {
            // Cisco IOS "service sequence-numbers": "<189>42: *Mar  1 18:46:11.437: %SYS-5-..."
            end = timestamp(s, sequenceEnd, ts, clock, receivedNanos);
        }
        if (end >= 0) {
            timeNanos = ts.nanos();
            if (end < n && s.charAt(end) == ':') {
                end++; // Cisco IOS ends its timestamp with a colon
            }
            i = skipSpaces(s, end);
        } else if (priority < 0) {
            if (tagWithoutTime) {
                readTag(s, i);
                if (appName != null) {
                    present = true;
                    return null;
                }
                hostname = null;
            }
            bodyStart = 0;
            return null;
        }
        present = true;
        readTag(s, i);
        return null;
    }

    /** @return the index after a BSD or RFC 3339 timestamp at i (after Cisco's {@code *} for an unsynchronised clock), or -1 */
    private static int timestamp(String s, int i, SyslogTimestamp ts, SyslogClock clock, long receivedNanos) {
        int start = i < s.length() && s.charAt(i) == '*' ? i + 1 : i;
        int end = ts.bsd(s, start, clock, receivedNanos);
        return end >= 0 ? end : ts.iso(s, start, clock);
    }

    /** @return where the text after {@code digits: } at i starts, or -1 */
    private static int sequenceNumberEnd(String s, int i) {
        int k = i;
        while (k < s.length() && k - i < 10 && TextScan.isDigit(s.charAt(k))) {
            k++;
        }
        return k > i && k + 1 < s.length() && s.charAt(k) == ':' && s.charAt(k + 1) == ' ' ? skipSpaces(s, k + 1) : -1;
    }

    /** {@code host tag: } or {@code tag: }, else (optionally) {@code host }, else the body starts at i. */
    private void readTag(String s, int i) {
        int n = s.length();
        bodyStart = i;
        int sp = s.indexOf(' ', i);
        if (sp < 0) {
            if (tag(s, i, n)) {
                bodyStart = n;
            }
            return;
        }
        if (tag(s, i, sp)) {
            bodyStart = sp + 1;
            return;
        }
        if (sp == i) {
            return;
        }
        int next = skipSpaces(s, sp);
        int sp2 = s.indexOf(' ', next);
        if (tag(s, next, sp2 < 0 ? n : sp2)) {
            hostname = s.substring(i, sp);
            bodyStart = sp2 < 0 ? n : sp2 + 1;
        } else if (untaggedHost && timeNanos != SyslogClock.INVALID && s.charAt(sp - 1) != ':' && !looksLikeMessage(s, i, sp)) {
            hostname = s.substring(i, sp);
            bodyStart = next;
        }
    }

    /** A syslog tag {@code app:} or {@code app[pid]:} in s[from, to): sets appName and procId. */
    private boolean tag(String s, int from, int to) {
        if (to - from < 2 || s.charAt(to - 1) != ':') {
            return false;
        }
        int end = to - 1;
        int pidStart = -1;
        int bracket = s.indexOf('[', from);
        if (bracket >= 0 && bracket < end) {
            if (bracket == from || s.charAt(end - 1) != ']' || bracket + 1 >= end - 1) {
                return false;
            }
            pidStart = bracket + 1;
            end = bracket;
        }
        if (end - from > 48) {
            return false;
        }
        for (int k = from; k < end; k++) {
            char c = s.charAt(k);
            // Squid 4+ names itself "(squid-1)"; systemd units may carry '@'.
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '/' || c == '(' || c == ')' || c == '@')) {
                return false;
            }
        }
        appName = s.substring(from, end);
        procId = pidStart < 0 ? null : s.substring(pidStart, to - 2);
        return true;
    }

    private static boolean looksLikeMessage(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == ',' || c == '=') {
                return true;
            }
        }
        return false;
    }

    private @Nullable String read5424(String s, int i, SyslogClock clock) {
        rfc5424 = true;
        int n = s.length();
        if (i < n && s.charAt(i) == '-') {
            i++;
        } else {
            SyslogTimestamp ts = new SyslogTimestamp();
            int end = ts.iso(s, i, clock);
            if (end < 0 || (end < n && s.charAt(end) != ' ')) {
                int sp = s.indexOf(' ', i);
                return "invalid RFC 5424 timestamp '" + (sp < 0 ? s.substring(i) : s.substring(i, sp)) + "'";
            }
            timeNanos = ts.nanos();
            i = end;
        }
        for (int t = 0; t < 4; t++) {
            if (i >= n || s.charAt(i) != ' ') {
                return "truncated RFC 5424 header: missing " + RFC5424_FIELDS[t];
            }
            int start = i + 1;
            int sp = s.indexOf(' ', start);
            if (sp < 0) {
                if (t < 3) {
                    return "truncated RFC 5424 header: missing " + RFC5424_FIELDS[t + 1];
                }
                sp = n;
            }
            String token = sp - start == 1 && s.charAt(start) == '-' ? null : s.substring(start, sp);
            switch (t) {
                case 0 -> hostname = token;
                case 1 -> appName = token;
                case 2 -> procId = token;
                default -> msgId = token;
            }
            i = sp;
        }
        if (i < n) {
            i++;
        }
        if (i < n && s.charAt(i) == '-' && (i + 1 == n || s.charAt(i + 1) == ' ')) {
            i++;
        } else if (i < n && s.charAt(i) == '[') {
            int end = skipStructuredData(s, i);
            if (end < 0) {
                return "malformed RFC 5424 structured data";
            }
            structuredDataStart = i;
            structuredDataEnd = end;
            i = end;
        }
        if (i < n && s.charAt(i) == ' ') {
            i++;
        }
        if (i < n && s.charAt(i) == ' ' && structuredDataStart < 0) {
            i++; // rsyslog writes a NILVALUE structured data followed by two spaces
        }
        if (i < n && s.charAt(i) == '\uFEFF') {
            i++;
        }
        bodyStart = i;
        return null;
    }

    /**
     * Skips RFC 5424 structured data (quoted values may hold {@code ]} and escaped quotes), as a body that an
     * input passed without its header may still begin with.
     *
     * @param s text
     * @param i where the first {@code [} is
     * @return the index after the SD elements starting at i (i when there is none), or -1 when one does not close
     */
    public static int skipStructuredData(String s, int i) {
        int n = s.length();
        while (i < n && s.charAt(i) == '[') {
            boolean quoted = false;
            int k = i + 1;
            for (; k < n; k++) {
                char c = s.charAt(k);
                if (c == '\\' && quoted) {
                    k++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ']' && !quoted) {
                    break;
                }
            }
            if (k >= n) {
                return -1;
            }
            i = k + 1;
        }
        return i;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /**
     * Sets {@code log.syslog.priority}, {@code log.syslog.facility.code} and {@code log.syslog.severity.code}
     * when the header had a PRI.
     *
     * @param b the event
     */
    public void setPriority(EventBuilder b) {
        if (priority >= 0) {
            b.set(Fields.LOG_SYSLOG_PRIORITY, priority).set(Fields.LOG_SYSLOG_FACILITY_CODE, priority >> 3)
                    .set(Fields.LOG_SYSLOG_SEVERITY_CODE, priority & 7);
        }
    }

    /**
     * Sets what the header says on the event read from its line: the PRI ({@link #setPriority}), the event time,
     * {@code log.syslog.appname} and {@code log.syslog.procid}, and the sender's name as the event's origin: for a host
     * describing itself ({@link OriginRole#HOST}: web servers) {@code host.hostname} and {@code host.name}; for a device
     * reporting on others ({@link OriginRole#OBSERVER}: proxies) {@code observer.hostname} and {@code observer.name}, and
     * {@code observer.ip} when the name is an address.
     *
     * @param b the event
     * @param origin whose name the header's hostname is
     * @since 1.1
     */
    public void setOn(EventBuilder b, OriginRole origin) {
        setPriority(b);
        if (timeNanos != SyslogClock.INVALID) {
            b.eventNanos(timeNanos);
        }
        if (hostname != null) {
            if (origin == OriginRole.OBSERVER) {
                b.set(Fields.OBSERVER_HOSTNAME, hostname).set(Fields.OBSERVER_NAME, hostname);
                IpAddress ip = IpAddress.tryParse(hostname);
                if (ip != null) {
                    b.set(Fields.OBSERVER_IP, ip);
                }
            } else {
                b.set(Fields.HOST_HOSTNAME, hostname).set(Fields.HOST_NAME, hostname);
            }
        }
        if (appName != null) {
            b.set(Fields.LOG_SYSLOG_APPNAME, appName);
        }
        if (procId != null) {
            b.set(Fields.LOG_SYSLOG_PROCID, procId);
        }
    }

    /** @return whether the line has a header (a PRI or a leading timestamp) */
    public boolean present() {
        return present;
    }

    /** @return the PRI value (facility * 8 + severity), -1 when absent */
    public int priority() {
        return priority;
    }

    /** @return whether the header is RFC 5424 (version 1) */
    public boolean rfc5424() {
        return rfc5424;
    }

    /** @return the header's time in epoch nanoseconds, or {@link SyslogClock#INVALID} when it has none */
    public long timeNanos() {
        return timeNanos;
    }

    /** @return the host name the header names, or null */
    public @Nullable String hostname() {
        return hostname;
    }

    /** @return the app name (RFC 3164 tag), or null */
    public @Nullable String appName() {
        return appName;
    }

    /** @return the process id, or null */
    public @Nullable String procId() {
        return procId;
    }

    /** @return the RFC 5424 message id, or null */
    public @Nullable String msgId() {
        return msgId;
    }

    /** @return where the RFC 5424 structured data starts in the line (its first {@code [}), -1 when none */
    public int structuredDataStart() {
        return structuredDataStart;
    }

    /** @return the index after the RFC 5424 structured data, -1 when none */
    public int structuredDataEnd() {
        return structuredDataEnd;
    }

    /** @return the index of the message body in the line (0 when there is no header) */
    public int bodyStart() {
        return bodyStart;
    }
}
