package io.usiem.parser.suricata.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;
import io.usiem.api.parser.RawLog;

import java.util.List;

import org.junit.jupiter.api.Test;

class DistinguishedNameTest {
    private static final Field CN = Field.of("tls.server.x509.subject.common_name", FieldType.KEYWORD_LIST);
    private static final Field O = Field.of("tls.server.x509.subject.organization", FieldType.KEYWORD_LIST);

    @Test
    void escapedCommasStayInTheValue() {
        EventBuilder b = RawLog.of("x").newEventBuilder();
        DistinguishedName.subject("C=US, O=Acme\\, Inc., CN=a.example", b);
        assertEquals(List.of("Acme, Inc."), b.get(O));
        assertEquals(List.of("a.example"), b.get(CN));
    }

    @Test
    void oddNamesSetNothingAndNeverThrow() {
        for (String dn : new String[] {"", ", ", ", CN=x", "=", "CN=", "no equals here", "\\, CN=y"}) {
            DistinguishedName.subject(dn, RawLog.of("x").newEventBuilder());
        }
        EventBuilder b = RawLog.of("x").newEventBuilder();
        DistinguishedName.subject("CN=", b);
        assertNull(b.get(CN));
    }
}
