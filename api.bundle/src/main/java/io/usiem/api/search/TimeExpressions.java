package io.usiem.api.search;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

/**
 * Reads the times an analyst types: ISO-8601 instants ({@code 2026-11-29T10:00:00Z}, with an offset, or
 * without one meaning UTC), dates ({@code 2026-11-29}, midnight UTC), {@code now}, and times relative to now
 * ({@code -15m}, {@code now-24h}, {@code now+1d}; units {@code s m h d w}, and {@code ms}).
 *
 * @since 1.1
 */
public final class TimeExpressions {
    private TimeExpressions() {
    }

    /**
     * @param text the time as typed
     * @param nowNanos the current time, nanoseconds since the epoch
     * @return the time, nanoseconds since the epoch
     * @throws QueryException when the text is not a time
     */
    public static long parse(String text, long nowNanos) {
        String s = text.trim();
        if (s.equalsIgnoreCase("now")) {
            return nowNanos;
        }
        String rel = s.regionMatches(true, 0, "now", 0, 3) ? s.substring(3) : s;
        if (rel.length() > 1 && (rel.charAt(0) == '-' || rel.charAt(0) == '+') && Character.isDigit(rel.charAt(1))) {
            return nowNanos + (rel.charAt(0) == '-' ? -1 : 1) * duration(rel.substring(1), text);
        }
        try {
            if (s.length() == 10) {
                return toNanos(LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC));
            }
            char last = s.charAt(s.length() - 1);
            if (last == 'Z' || last == 'z') {
                return toNanos(Instant.parse(s.toUpperCase()));
            }
            int t = s.indexOf('T');
            if (t > 0 && (s.indexOf('+', t) > 0 || s.indexOf('-', t) > 0)) {
                return toNanos(OffsetDateTime.parse(s).toInstant());
            }
            return toNanos(LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC));
        } catch (DateTimeException | ArithmeticException e) {
            throw new QueryException("'" + text + "' is not a time (ISO-8601 such as 2026-11-29T10:00:00Z, a date,"
                    + " now, or relative such as -15m or now-24h)", -1);
        }
    }

    /**
     * @param text a duration such as {@code 15m}, {@code 1h}, {@code 500ms}, {@code 7d}
     * @return it in nanoseconds
     * @throws QueryException when the text is not a duration
     */
    public static long parseDuration(String text) {
        return duration(text.trim(), text);
    }

    private static long duration(String s, String original) {
        int i = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i == 0 || i > 12) {
            throw new QueryException("'" + original + "' is not a duration (a number and s, m, h, d, w or ms)", -1);
        }
        long n = Long.parseLong(s.substring(0, i));
        TimeUnit unit;
        long factor = 1;
        switch (s.substring(i)) {
            case "ms" -> unit = TimeUnit.MILLISECONDS;
            case "s" -> unit = TimeUnit.SECONDS;
            case "m" -> unit = TimeUnit.MINUTES;
            case "h" -> unit = TimeUnit.HOURS;
            case "d" -> unit = TimeUnit.DAYS;
            case "w" -> {
                unit = TimeUnit.DAYS;
                factor = 7;
            }
            default -> throw new QueryException("'" + original + "' is not a duration (a number and s, m, h, d, w or ms)", -1);
        }
        return unit.toNanos(n * factor);
    }

    private static long toNanos(Instant i) {
        return Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000_000L), i.getNano());
    }
}
