package io.usiem.parser.opnsense.internal;

import static io.usiem.parser.opnsense.internal.FilterlogFields.*;

import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Field;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;

import java.util.ArrayList;
import java.util.List;

/**
 * The protocol part of a filterlog line, after the addresses, as pfSense's filterlog prints it: TCP
 * (ports, data length, flags, sequence, ack, window, urgent, options), UDP and SCTP (ports, length), ICMP
 * (the type's own fields), CARP (type, ttl, vhid, version, advskew, advbase), or {@code datalength=n}.
 */
final class ProtocolData {
    private ProtocolData() {
    }

    /**
     * @param f the fields
     * @param p index of the first protocol field
     * @param iana the IP protocol number
     * @param b receives the fields
     * @return null when read, else why the protocol part is malformed
     */
    static String decode(CsvFields f, int p, long iana, EventBuilder b) {
        switch ((int) iana) {
            case 6:
                return tcp(f, p, b);
            case 17:
            case 132:
                return udp(f, p, b, iana == 17);
            case 1:
                return icmp(f, p, b);
            case 112:
                return carp(f, p, b);
            default:
                return other(f, p, b);
        }
    }

    private static String ports(CsvFields f, int p, EventBuilder b, String proto) {
        long sport = f.number(p);
        long dport = f.number(p + 1);
        if (sport < 0 || dport < 0 || sport > 65_535 || dport > 65_535) {
            return f.count() <= p + 1 ? "truncated " + proto + " data: no ports" : "invalid " + proto + " port";
        }
        b.set(Fields.SOURCE_PORT, sport).set(Fields.DESTINATION_PORT, dport);
        return null;
    }

    private static String tcp(CsvFields f, int p, EventBuilder b) {
        String error = ports(f, p, b, "TCP");
        if (error != null) {
            return error;
        }
        setNumber(f, p + 2, b, TCP_LENGTH);
        b.set(TCP_FLAGS, f.is(p + 3, "S") ? "S" : f.is(p + 3, "A") ? "A" : f.is(p + 3, "PA") ? "PA" : f.text(p + 3));
        if (!f.empty(p + 4)) {
            // Segments with data carry "first:last" sequence numbers; the first is the segment's.
            int colon = indexOf(f, p + 4, ':');
            long seq = CsvFields.number(f.line(), f.start(p + 4), colon < 0 ? f.end(p + 4) : colon);
            if (seq >= 0) {
                b.set(TCP_SEQ, seq);
            }
        }
        setNumber(f, p + 5, b, TCP_ACK);
        setNumber(f, p + 6, b, TCP_WINDOW);
        setText(f, p + 7, b, TCP_URG);
        String options = f.text(p + 8);
        if (options != null) {
            List<String> list = new ArrayList<>(8);
            int start = 0;
            for (int i = 0; i <= options.length(); i++) {
                if (i == options.length() || options.charAt(i) == ';') {
                    if (i > start) {
                        list.add(option(options, start, i));
                    }
                    start = i + 1;
                }
            }
            if (!list.isEmpty()) {
                b.set(TCP_OPTIONS, list);
            }
        }
        return null;
    }

    private static final String[] OPTIONS = {"mss", "nop", "sackOK", "TS", "wscale", "eol", "sack", "md5"};

    /** TCP option names repeat on every SYN: the known ones are shared constants, not new strings. */
    private static String option(String s, int from, int to) {
        for (String o : OPTIONS) {
            if (o.length() == to - from && s.startsWith(o, from)) {
                return o;
            }
        }
        return s.substring(from, to);
    }

    private static String udp(CsvFields f, int p, EventBuilder b, boolean udp) {
        String error = ports(f, p, b, udp ? "UDP" : "SCTP");
        if (error == null && udp) {
            setNumber(f, p + 2, b, UDP_LENGTH);
        }
        return error;
    }

    private static String icmp(CsvFields f, int p, EventBuilder b) {
        String type = f.text(p);
        if (type == null) {
            return null; // a fragment, or an ICMP message filterlog does not decode
        }
        type = type.strip();
        b.set(ICMP_TYPE, type);
        switch (type) {
            case "request":
            case "reply":
            case "tstamp":
                // filterlog appends the ICMP length to the sequence without a separator; kept as logged (as Elastic does).
                setNumber(f, p + 1, b, ICMP_ID);
                setNumber(f, p + 2, b, ICMP_SEQ);
                break;
            case "tstampreply":
                setNumber(f, p + 1, b, ICMP_ID);
                setNumber(f, p + 2, b, ICMP_SEQ);
                setText(f, p + 3, b, ICMP_OTIME);
                setText(f, p + 4, b, ICMP_RTIME);
                setText(f, p + 5, b, ICMP_TTIME);
                break;
            case "unreachproto":
            case "unreachport":
                setIp(f, p + 1, b, ICMP_DESTINATION_IP);
                setText(f, p + 2, b, ICMP_UNREACHABLE_IANA_NUMBER);
                setNumber(f, p + 3, b, ICMP_UNREACHABLE_PORT);
                break;
            case "needfrag":
                if (!setIp(f, p + 1, b, ICMP_DESTINATION_IP)) {
                    setText(f, p + 1, b, ICMP_DESCRIPTION); // "a.b.c.d need to frag" when the MTU is unknown
                }
                setNumber(f, p + 2, b, ICMP_MTU);
                break;
            case "unreach":
                setRest(f, p + 1, b, ICMP_UNREACHABLE_OTHER);
                break;
            default:
                setRest(f, p + 1, b, ICMP_DESCRIPTION);
        }
        return null;
    }

    private static String carp(CsvFields f, int p, EventBuilder b) {
        setText(f, p, b, CARP_TYPE);
        setNumber(f, p + 1, b, CARP_TTL);
        setNumber(f, p + 2, b, CARP_VHID);
        setNumber(f, p + 3, b, CARP_VERSION);
        setNumber(f, p + 4, b, CARP_ADVSKEW);
        setNumber(f, p + 5, b, CARP_ADVBASE);
        return null;
    }

    private static String other(CsvFields f, int p, EventBuilder b) {
        String s = f.line();
        if (p < f.count() && s.startsWith("datalength=", f.start(p))) {
            int from = f.start(p) + "datalength=".length();
            int to = f.end(p);
            while (to > from && s.charAt(to - 1) == ' ') {
                to--; // filterlog writes "datalength=%d " with a trailing space
            }
            long length = CsvFields.number(s, from, to);
            if (length >= 0) {
                b.set(IP_DATA_LENGTH, length);
            }
        }
        return null;
    }

    private static void setNumber(CsvFields f, int k, EventBuilder b, Field field) {
        long v = f.number(k);
        if (v >= 0) {
            b.set(field, v);
        }
    }

    private static void setText(CsvFields f, int k, EventBuilder b, Field field) {
        String v = f.text(k);
        if (v != null) {
            b.set(field, v.strip());
        }
    }

    private static void setRest(CsvFields f, int k, EventBuilder b, Field field) {
        String v = f.rest(k);
        if (v != null) {
            b.set(field, v.strip());
        }
    }

    private static boolean setIp(CsvFields f, int k, EventBuilder b, Field field) {
        IpAddress ip = f.ip(k);
        if (ip != null) {
            b.set(field, ip);
        }
        return ip != null;
    }

    private static int indexOf(CsvFields f, int k, char c) {
        String s = f.line();
        for (int i = f.start(k); i < f.end(k); i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }
}
