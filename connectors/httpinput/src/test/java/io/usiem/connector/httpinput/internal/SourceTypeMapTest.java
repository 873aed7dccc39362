package io.usiem.connector.httpinput.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SourceTypeMapTest {
    @Test
    void globs() {
        assertTrue(SourceTypeMap.matches("*", ""));
        assertTrue(SourceTypeMap.matches("filebeat-*", "filebeat-8.17.0"));
        assertTrue(SourceTypeMap.matches("*-auth-*", "filebeat-8-system-auth-pipeline"));
        assertTrue(SourceTypeMap.matches("a*b*c", "aXXbYYc"));
        assertFalse(SourceTypeMap.matches("a*b*c", "aXXbYY"));
        assertFalse(SourceTypeMap.matches("logs", "logs-x"));
    }

    @Test
    void fixedTypeWinsThenFirstMatchingRule() {
        assertEquals("syslog", SourceTypeMap.of("syslog", "a*=x").sourceType("abc", null));
        SourceTypeMap m = SourceTypeMap.of("", "a*=x a1*=y\tpipeline:p*=z");
        assertEquals("x", m.sourceType("a1", null));
        assertEquals("z", m.sourceType("other", "p1"));
        assertNull(m.sourceType(null, null));
        assertNull(m.sourceType("b", null));
    }
}
