package io.usiem.parser.opnsense.internal;

import static io.usiem.parser.opnsense.internal.FilterlogFields.*;

import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;

import java.util.List;

/**
 * The IP part of a filterlog line. IPv4 (from field 9): tos, ecn, ttl, id, offset, flags, protocol number,
 * protocol name, length, source, destination. IPv6: class, flow label, hop limit, protocol name, protocol
 * number, payload length, source, destination. The protocol data follows (see {@link ProtocolData}).
 */
final class IpHeader {
    private IpHeader() {
    }

    /** @return null when read, else why the line is malformed */
    static String v4(CsvFields f, EventBuilder b) {
        if (f.count() < 20) {
            return "truncated IPv4 header: " + f.count() + " fields, 20 needed up to the destination address";
        }
        b.set(IP_TOS, f.is(9, "0x0") ? "0x0" : f.text(9));
        setText(f, 10, b, IP_ECN);
        setNumber(f, 11, b, IP_TTL);
        setNumber(f, 12, b, IP_ID);
        long offset = f.number(13);
        if (offset >= 0) {
            b.set(IP_OFFSET, offset);
        }
        b.set(IP_FLAGS, f.is(14, "DF") ? "DF" : f.is(14, "none") ? "none" : f.text(14));
        long iana = f.number(15);
        if (iana < 0 || iana > 255) {
            return "invalid IPv4 protocol number";
        }
        String error = addresses(f, 17, b, iana, f.text(16), "ipv4");
        if (error != null) {
            return error;
        }
        // Fragments after the first carry no protocol header.
        return offset > 0 ? null : ProtocolData.decode(f, 20, iana, b);
    }

    /** @return null when read, else why the line is malformed */
    static String v6(CsvFields f, EventBuilder b) {
        if (f.count() < 17) {
            return "truncated IPv6 header: " + f.count() + " fields, 17 needed up to the destination address";
        }
        setText(f, 9, b, IP_TOS);
        setText(f, 10, b, IP_FLOW_LABEL);
        setNumber(f, 11, b, IP_TTL); // the hop limit
        long iana = f.number(13);
        if (iana < 0 || iana > 255) {
            return "invalid IPv6 next header number";
        }
        String error = addresses(f, 14, b, iana, f.text(12), "ipv6");
        return error != null ? error : ProtocolData.decode(f, 17, iana, b);
    }

    /** Length, source and destination at k, k+1, k+2, with the transport they carry. */
    private static String addresses(CsvFields f, int k, EventBuilder b, long iana, String name, String type) {
        long length = f.number(k);
        if (length == CsvFields.INVALID) {
            return "invalid IP length";
        }
        IpAddress src = f.ip(k + 1);
        if (src == null) {
            return "invalid source address";
        }
        IpAddress dst = f.ip(k + 2);
        if (dst == null) {
            return "invalid destination address";
        }
        b.set(Fields.NETWORK_TYPE, type).set(Fields.NETWORK_IANA_NUMBER, ianaText(iana));
        String transport = transport(iana, name);
        if (transport != null) {
            b.set(Fields.NETWORK_TRANSPORT, transport);
        }
        if (length >= 0) {
            b.set(Fields.NETWORK_BYTES, length);
        }
        b.set(Fields.SOURCE_IP, src).set(Fields.DESTINATION_IP, dst);
        b.setIps(Fields.RELATED_IP, dst.equals(src) ? List.of(src) : List.of(src, dst));
        return null;
    }

    private static final String[] SMALL_NUMBERS = new String[256];

    static {
        for (int i = 0; i < SMALL_NUMBERS.length; i++) {
            SMALL_NUMBERS[i] = Integer.toString(i);
        }
    }

    private static String ianaText(long iana) {
        return SMALL_NUMBERS[(int) iana];
    }

    /** ECS network.transport: IANA keyword names in lower case. */
    static String transport(long iana, String name) {
        switch ((int) iana) {
            case 6:
                return "tcp";
            case 17:
                return "udp";
            case 1:
                return "icmp";
            case 58:
                return "ipv6-icmp";
            case 2:
                return "igmp";
            case 112:
                return "carp"; // pf names protocol 112 carp (IANA: vrrp); pfSense's and Elastic's value
            case 47:
                return "gre";
            case 50:
                return "esp";
            case 132:
                return "sctp";
            case 0:
                return "hopopt";
            default:
                return name == null ? null : name.toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static void setNumber(CsvFields f, int k, EventBuilder b, io.usiem.api.event.Field field) {
        long v = f.number(k);
        if (v >= 0) {
            b.set(field, v);
        }
    }

    private static void setText(CsvFields f, int k, EventBuilder b, io.usiem.api.event.Field field) {
        String v = f.text(k);
        if (v != null) {
            b.set(field, v);
        }
    }
}
