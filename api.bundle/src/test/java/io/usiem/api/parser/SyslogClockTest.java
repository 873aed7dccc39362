package io.usiem.api.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The hand-made calendar arithmetic agrees with java.time; BSD timestamps get the right year. */
class SyslogClockTest {
    private static long nanos(String iso) {
        Instant t = Instant.parse(iso);
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }

    @Test
    void localTimesAgreeWithJavaTimeAcrossZonesAndDaylightSaving() {
        Random random = new Random(42);
        for (String id : new String[] {"UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "+05:30"}) {
            ZoneId zone = ZoneId.of(id);
            SyslogClock clock = new SyslogClock(zone);
            for (int k = 0; k < 5000; k++) {
                LocalDateTime t = LocalDateTime.of(1971 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28),
                        random.nextInt(24), random.nextInt(60), random.nextInt(60), random.nextInt(1_000_000_000));
                Instant expected = t.atZone(zone).toInstant();
                assertEquals(expected.getEpochSecond() * 1_000_000_000L + expected.getNano(), clock.local(t.getYear(),
                        t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(), t.getNano()), t + " " + id);
            }
        }
    }

    @Test
    void invalidDates() {
        SyslogClock clock = new SyslogClock(ZoneOffset.UTC);
        assertEquals(SyslogClock.INVALID, clock.local(2023, 2, 29, 0, 0, 0, 0));
        assertEquals(SyslogClock.INVALID, clock.local(2024, 4, 31, 0, 0, 0, 0));
        assertEquals(SyslogClock.INVALID, clock.local(2024, 1, 1, 24, 0, 0, 0));
        assertEquals(SyslogClock.INVALID, SyslogClock.withOffset(2024, 13, 1, 0, 0, 0, 0, 0));
        assertEquals(nanos("2024-02-29T00:00:00Z"), clock.local(2024, 2, 29, 0, 0, 0, 0));
    }

    @Test
    void yearOfABsdTimestamp() {
        SyslogClock utc = new SyslogClock(ZoneOffset.UTC);
        // December lines read in January are from last year.
        assertEquals(nanos("2023-12-31T23:59:59Z"), utc.withoutYear(12, 31, 23, 59, 59, 0, nanos("2024-01-01T00:00:05Z")));
        // A clock a day ahead stays this year.
        assertEquals(nanos("2024-03-02T10:00:00Z"), utc.withoutYear(3, 2, 10, 0, 0, 0, nanos("2024-03-01T10:00:00Z")));
        // East of UTC, a January 1st line arrives on December 31st UTC: it is next year's.
        SyslogClock tokyo = new SyslogClock(ZoneId.of("Asia/Tokyo"));
        assertEquals(nanos("2024-12-31T15:00:30Z"), tokyo.withoutYear(1, 1, 0, 0, 30, 0, nanos("2024-12-31T15:01:00Z")));
        // February 29th of last year, read early next year.
        assertEquals(nanos("2024-02-29T08:00:00Z"), utc.withoutYear(2, 29, 8, 0, 0, 0, nanos("2025-01-10T00:00:00Z")));
    }

    @Test
    void months() {
        assertEquals(1, SyslogClock.month("Jan", 0));
        assertEquals(12, SyslogClock.month("xDec", 1));
        assertEquals(0, SyslogClock.month("jan", 0));
        assertEquals(0, SyslogClock.month("De", 0));
    }

    @Test
    void yearOfAndDaysFromCivilAgreeWithJavaTime() {
        Random random = new Random(7);
        for (int k = 0; k < 10_000; k++) {
            long seconds = (long) (random.nextDouble() * 8_000_000_000L);
            Instant t = Instant.ofEpochSecond(seconds);
            LocalDateTime utc = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
            assertEquals(utc.getYear(), SyslogClock.yearOf(seconds * 1_000_000_000L), t.toString());
            assertEquals(utc.toLocalDate().toEpochDay(), SyslogClock.daysFromCivil(utc.getYear(), utc.getMonthValue(), utc.getDayOfMonth()));
        }
    }

    @Test
    void commonLogTime() {
        SyslogClock utc = new SyslogClock(ZoneOffset.UTC);
        String s = "[10/Oct/2000:13:55:36 -0700]";
        assertEquals(nanos("2000-10-10T20:55:36Z"), utc.commonLogTime(s, 1, s.length() - 1));
        assertEquals(nanos("2000-10-10T13:55:36Z"), utc.commonLogTime("10/Oct/2000:13:55:36", 0, 20));
        assertEquals(SyslogClock.INVALID, utc.commonLogTime("10/Foo/2000:13:55:36", 0, 20));
        assertEquals(SyslogClock.INVALID, utc.commonLogTime("10/Oct/2000:13:55", 0, 17));
    }

    @Test
    void configuredZoneNamesTheConfigurationWhenTheIdIsUnknown() {
        assertEquals(ZoneId.of("Europe/Paris"), SyslogClock.configuredZone("io.usiem.parser.x", "Europe/Paris"));
        assertEquals(ZoneOffset.ofHours(2), SyslogClock.configuredZone("io.usiem.parser.x", "+02:00"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SyslogClock.configuredZone("io.usiem.parser.x", "Mars/Olympus"));
        assertEquals("io.usiem.parser.x: unknown timezone 'Mars/Olympus'", e.getMessage());
    }
}
