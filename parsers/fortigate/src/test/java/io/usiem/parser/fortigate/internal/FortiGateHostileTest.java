package io.usiem.parser.fortigate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.Event;
import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Lines no firewall writes but an attacker or a broken relay might: many pairs, reserved names, only '='. */
class FortiGateHostileTest {
    private static final String HEAD = "date=2024-03-13 time=12:00:00 devid=\"FG100\" logid=\"0100032003\" type=\"event\" ";
    private final FortiGateParser parser = new FortiGateParser(ZoneOffset.UTC);

    @Test
    void manyPairsAreAllRead() {
        StringBuilder line = new StringBuilder(HEAD);
        for (int i = 0; i < 300; i++) {
            line.append("k").append(i).append("=v").append(i).append(' ');
        }
        Event e = parser.parse(RawLog.of(line.toString())).events().get(0);
        assertEquals("v299", e.get(Field.of("fortinet.firewall.k299", FieldType.KEYWORD)));
    }

    @Test
    void keysThatAreNotWordsCannotReachEcsOrHeaderFields() {
        ParseResult r = parser.parse(RawLog.of(HEAD + "organization.id=\"evil\" event.kind=\"alert\" user=\"bob\""));
        Event e = r.events().get(0);
        assertEquals("default", e.tenant());
        assertEquals("bob", e.get(io.usiem.api.event.Fields.USER_NAME));
        assertEquals(null, e.get(Field.of("fortinet.firewall.organization.id", FieldType.KEYWORD)));
    }

    @Test
    void aLineOfEqualsSignsIsNotMine() {
        ParseResult r = parser.parse(RawLog.of("a" + "=".repeat(1_000_000)));
        assertNotNull(r);
        assertTrue(r.kind() == ParseResult.Kind.NOT_MINE, r.toString());
    }
}
