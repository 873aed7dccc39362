package io.usiem.parser.suricata.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written timestamp reader agrees with java.time on every form Suricata writes, and refuses the rest. */
class IsoTimeTest {
    private static long parse(String s) {
        String padded = "xx" + s + "yy"; // read from the middle of a buffer, as from Jackson's
        return IsoTime.parse(padded.toCharArray(), 2, s.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-15T10:22:31.123456+0000", "2024-01-15T10:22:31.123456+0100", "2016-06-08T20:01:52.875791-0530",
        "2024-02-29T23:59:59Z", "2024-01-15T10:22:31.1+01:00", "1969-12-31T23:59:59.999999999Z", "2000-03-01T00:00:00+00"})
    void agreesWithJavaTime(String text) {
        String iso = text.matches(".*[+-]\\d{4}$") ? text.substring(0, text.length() - 2) + ":" + text.substring(text.length() - 2)
                : text.matches(".*[+-]\\d\\d$") ? text + ":00" : text;
        Instant expected = OffsetDateTime.parse(iso).toInstant();
        assertEquals(expected.getEpochSecond() * 1_000_000_000L + expected.getNano(), parse(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-30T00:00:00", "2025-03-01T23:59:59"})
    void noZoneIsUtc(String text) {
        Instant expected = Instant.parse(text + "Z");
        assertEquals(expected.getEpochSecond() * 1_000_000_000L, parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "", "2024-13-01T00:00:00Z", "2024-01-15T10:22:31.", "2024-01-15T10:22:31+2", "2024-01-15T25:00:00Z",
        "2024-01-15T10:22:31.123456+0000x", "2024-01-15X10:22:31Z"})
    void refusesOthers(String text) {
        assertEquals(IsoTime.INVALID, parse(text), text);
    }
}
