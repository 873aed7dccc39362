package io.usiem.parser.opnsense.internal;

import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;

/**
 * The fields outside the ECS dictionary this parser fills, under the {@code pfsense.*} prefix of Elastic's
 * pfSense integration (which reads OPNsense too), with Elastic's names where it has one.
 */
final class FilterlogFields {
    static final Field RULE_NUMBER = Field.of("pfsense.rule.number", FieldType.LONG);
    static final Field RULE_SUBRULE = Field.of("pfsense.rule.subrule", FieldType.KEYWORD);
    static final Field RULE_ANCHOR = Field.of("pfsense.rule.anchor", FieldType.KEYWORD);
    static final Field IP_TOS = Field.of("pfsense.ip.tos", FieldType.KEYWORD);
    static final Field IP_ECN = Field.of("pfsense.ip.ecn", FieldType.KEYWORD);
    static final Field IP_TTL = Field.of("pfsense.ip.ttl", FieldType.LONG);
    static final Field IP_ID = Field.of("pfsense.ip.id", FieldType.LONG);
    static final Field IP_OFFSET = Field.of("pfsense.ip.offset", FieldType.LONG);
    static final Field IP_FLAGS = Field.of("pfsense.ip.flags", FieldType.KEYWORD);
    static final Field IP_FLOW_LABEL = Field.of("pfsense.ip.flow_label", FieldType.KEYWORD);
    static final Field IP_DATA_LENGTH = Field.of("pfsense.ip.data_length", FieldType.LONG);
    static final Field TCP_LENGTH = Field.of("pfsense.tcp.length", FieldType.LONG);
    static final Field TCP_FLAGS = Field.of("pfsense.tcp.flags", FieldType.KEYWORD);
    static final Field TCP_SEQ = Field.of("pfsense.tcp.seq", FieldType.LONG);
    static final Field TCP_ACK = Field.of("pfsense.tcp.ack", FieldType.LONG);
    static final Field TCP_WINDOW = Field.of("pfsense.tcp.window", FieldType.LONG);
    static final Field TCP_URG = Field.of("pfsense.tcp.urg", FieldType.KEYWORD);
    static final Field TCP_OPTIONS = Field.of("pfsense.tcp.options", FieldType.KEYWORD_LIST);
    static final Field UDP_LENGTH = Field.of("pfsense.udp.length", FieldType.LONG);
    static final Field ICMP_TYPE = Field.of("pfsense.icmp.type", FieldType.KEYWORD);
    static final Field ICMP_ID = Field.of("pfsense.icmp.id", FieldType.LONG);
    static final Field ICMP_SEQ = Field.of("pfsense.icmp.seq", FieldType.LONG);
    static final Field ICMP_DESTINATION_IP = Field.of("pfsense.icmp.destination.ip", FieldType.IP);
    static final Field ICMP_UNREACHABLE_IANA_NUMBER = Field.of("pfsense.icmp.unreachable.iana_number", FieldType.KEYWORD);
    static final Field ICMP_UNREACHABLE_PORT = Field.of("pfsense.icmp.unreachable.port", FieldType.LONG);
    static final Field ICMP_UNREACHABLE_OTHER = Field.of("pfsense.icmp.unreachable.other", FieldType.KEYWORD);
    static final Field ICMP_MTU = Field.of("pfsense.icmp.mtu", FieldType.LONG);
    static final Field ICMP_OTIME = Field.of("pfsense.icmp.otime", FieldType.KEYWORD);
    static final Field ICMP_RTIME = Field.of("pfsense.icmp.rtime", FieldType.KEYWORD);
    static final Field ICMP_TTIME = Field.of("pfsense.icmp.ttime", FieldType.KEYWORD);
    static final Field ICMP_DESCRIPTION = Field.of("pfsense.icmp.description", FieldType.KEYWORD);
    static final Field CARP_TYPE = Field.of("pfsense.carp.type", FieldType.KEYWORD);
    static final Field CARP_TTL = Field.of("pfsense.carp.ttl", FieldType.LONG);
    static final Field CARP_VHID = Field.of("pfsense.carp.vhid", FieldType.LONG);
    static final Field CARP_VERSION = Field.of("pfsense.carp.version", FieldType.LONG);
    static final Field CARP_ADVSKEW = Field.of("pfsense.carp.advskew", FieldType.LONG);
    static final Field CARP_ADVBASE = Field.of("pfsense.carp.advbase", FieldType.LONG);

    private FilterlogFields() {
    }
}
