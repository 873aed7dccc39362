package io.usiem.parser.windowsdns.internal;

import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;

/** Fields outside the ECS dictionary: ECS dns.op_code and the debug log's own columns under {@code windows_dns.}. */
final class DnsFields {
    static final Field DNS_OP_CODE = Field.of("dns.op_code", FieldType.KEYWORD);
    static final Field THREAD_ID = Field.of("windows_dns.thread_id", FieldType.KEYWORD);
    static final Field CONTEXT = Field.of("windows_dns.context", FieldType.KEYWORD);
    static final Field PACKET_ID = Field.of("windows_dns.packet_id", FieldType.KEYWORD);
    static final Field FLAGS = Field.of("windows_dns.flags", FieldType.KEYWORD);

    private DnsFields() {
    }
}
