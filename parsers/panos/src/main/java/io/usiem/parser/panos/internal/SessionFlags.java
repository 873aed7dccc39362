package io.usiem.parser.panos.internal;

import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;

/**
 * The Flags bit field of TRAFFIC, THREAT and DECRYPTION logs ({@code 0x400000}) as {@code labels.<flag>: true},
 * with the flag names Elastic's integration gives them (PAN-OS decryption log field description).
 */
final class SessionFlags {
    private static final long[] BITS = {0x80000000L, 0x40000000L, 0x20000000L, 0x10000000L, 0x08000000L, 0x02000000L,
        0x01000000L, 0x00800000L, 0x00400000L, 0x00200000L, 0x00100000L, 0x00080000L, 0x00040000L, 0x00020000L,
        0x00010000L, 0x00008000L, 0x00002000L, 0x00000800L, 0x00000400L, 0x00000100L};
    private static final Field[] LABELS = labels("pcap_included", "connect_to_destination_host",
            "file_submitted_to_WildFire", "enterprise_credential_submission", "source_flow_allow_list", "ipv6_session",
            "ssl_decrypted", "url_filter_denied", "nat_translated", "captive_portal", "non_standard_port_usage",
            "x_forwarded_for", "http_proxy", "client_server_policy_based_forwarding",
            "server_client_policy_based_forwarding", "container_page", "temporary_match", "symmetric_return",
            "decrypted_traffic", "payload_outer_tunnel");

    private SessionFlags() {
    }

    private static Field[] labels(String... names) {
        Field[] fields = new Field[names.length];
        for (int i = 0; i < names.length; i++) {
            fields[i] = Field.of("labels." + names[i], FieldType.BOOLEAN);
        }
        return fields;
    }

    /** @param csv the line @param at position of the Flags field @param b receives one label per set flag */
    static void map(CsvLine csv, int at, EventBuilder b) {
        long flags = hex(csv, at);
        if (flags <= 0) {
            return;
        }
        for (int i = 0; i < BITS.length; i++) {
            if ((flags & BITS[i]) != 0) {
                b.set(LABELS[i], true);
            }
        }
    }

    /** @return the value of {@code 0x...}, or -1 */
    private static long hex(CsvLine csv, int at) {
        if (!csv.startsWith(at, "0x")) {
            return -1;
        }
        String s = csv.line();
        int end = csv.end(at);
        if (end - csv.start(at) > 18) {
            return -1;
        }
        long v = 0;
        for (int k = csv.start(at) + 2; k < end; k++) {
            int d = Character.digit(s.charAt(k), 16);
            if (d < 0) {
                return -1;
            }
            v = v << 4 | d;
        }
        return v;
    }
}
