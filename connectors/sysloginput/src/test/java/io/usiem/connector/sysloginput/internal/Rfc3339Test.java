package io.usiem.connector.sysloginput.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The hand scan agrees with {@code OffsetDateTime.parse} wherever it answers, and leaves the rest to it. */
class Rfc3339Test {
    private static long javaTime(String s) {
        try {
            OffsetDateTime t = OffsetDateTime.parse(s);
            return t.toEpochSecond() * 1_000_000_000L + t.getNano();
        } catch (DateTimeParseException e) {
            return Rfc3339.NOT_FAST;
        }
    }

    private static void check(String s) {
        long fast = Rfc3339.parse(s, 0, s.length());
        if (fast != Rfc3339.NOT_FAST) {
            assertEquals(javaTime(s), fast, s);
        }
    }

    @Test
    void commonShapesAreFastAndRight() {
        for (String s : new String[] {"2026-11-30T02:09:20+00:00", "2026-11-30T02:09:20Z", "2003-10-11T22:14:15.003Z",
                "2003-08-24T05:14:15.000003-07:00", "2024-02-29T23:59:59.123456789+14:00", "1970-01-01T00:00:00Z",
                "1969-12-31T23:59:59-18:00", "2000-02-29T12:00:00+05:30", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z"}) {
            long fast = Rfc3339.parse(s, 0, s.length());
            assertEquals(javaTime(s), fast, s);
        }
    }

    @Test
    void oddOrInvalidShapesAreLeftToJavaTime() {
        for (String s : new String[] {"2023-02-29T00:00:00Z", "2026-11-30T24:00:00Z", "2026-11-30T02:09:60Z",
                "2026-11-30T02:09:20", "2026-11-30t02:09:20Z", "2026-11-30T02:09:20.Z", "2026-11-30T02:09:20.1234567890Z",
                "2026-11-30T02:09:20+19:00", "2026-11-30T02:09:20+0100", "2026-11-30T02:09Z", "2026-13-01T00:00:00Z",
                "2026-11-30T02:09:20+01:00:30", "2026-11-30T02:09:20z"}) {
            assertEquals(Rfc3339.NOT_FAST, Rfc3339.parse(s, 0, s.length()), s);
        }
    }

    @Test
    void randomTimestampsAgreeWithJavaTime() {
        Random r = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            String s = String.format("%04d-%02d-%02dT%02d:%02d:%02d%s%s", r.nextInt(10_000), r.nextInt(14), r.nextInt(33),
                    r.nextInt(26), r.nextInt(61), r.nextInt(62),
                    r.nextBoolean() ? "" : "." + "123456789".substring(0, 1 + r.nextInt(9)),
                    switch (r.nextInt(4)) {
                        case 0 -> "Z";
                        case 1 -> String.format("+%02d:%02d", r.nextInt(20), r.nextInt(61));
                        case 2 -> String.format("-%02d:%02d", r.nextInt(20), r.nextInt(61));
                        default -> "";
                    });
            check(s);
        }
    }
}
