package io.usiem.parser.suricata.internal;

import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;

/** ECS and vendor fields this parser fills that the dictionary does not hold. */
final class EveFields {
    /** Root of the vendor fields, as Elastic's Suricata integration names it. */
    static final String PREFIX = "suricata.eve";
    static final Field EVENT_TYPE = Field.of(PREFIX + ".event_type", FieldType.KEYWORD);
    static final Field FLOW_ID = Field.of(PREFIX + ".flow_id", FieldType.KEYWORD);
    static final Field TIMESTAMP = Field.of(PREFIX + ".timestamp", FieldType.KEYWORD);
    static final Field THREAT_TACTIC_ID = Field.of("threat.tactic.id", FieldType.KEYWORD_LIST);
    static final Field THREAT_TECHNIQUE_NAME = Field.of("threat.technique.name", FieldType.KEYWORD_LIST);
    static final Field TLS_SERVER_SERIAL = Field.of("tls.server.x509.serial_number", FieldType.KEYWORD);
    static final Field RELATED_HASH = Field.of("related.hash", FieldType.KEYWORD_LIST);

    private EveFields() {
    }
}
