package io.usiem.rules.sigma.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;

/**
 * The time modifiers (minute, hour, day, week, month, year): a part of a date value compared as a
 * number. The value is read as written (ISO-8601 with or without {@code T}) or as epoch milliseconds;
 * as the spec warns, no time zone conversion happens.
 */
final class TimePartTest implements ValueTest {
    enum Part { MINUTE, HOUR, DAY, WEEK, MONTH, YEAR }

    private final Part part;
    private final NumberTest compare;

    TimePartTest(Part part, NumberTest compare) {
        this.part = part;
        this.compare = compare;
    }

    @Override
    public boolean test(String value, String folded, EventView view) {
        LocalDateTime t = parse(value);
        return t != null && compare.compare(extract(t));
    }

    private int extract(LocalDateTime t) {
        switch (part) {
            case MINUTE:
                return t.getMinute();
            case HOUR:
                return t.getHour();
            case DAY:
                return t.getDayOfMonth();
            case WEEK:
                return t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case MONTH:
                return t.getMonthValue();
            default:
                return t.getYear();
        }
    }

    static LocalDateTime parse(String value) {
        String v = value.trim();
        try {
            if (!v.isEmpty() && v.chars().allMatch(Character::isDigit) && v.length() <= 19) {
                long n = Long.parseLong(v);
                Instant i = v.length() > 16 ? Instant.ofEpochSecond(0, n) : Instant.ofEpochMilli(n);
                return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
            }
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay();
            }
            if (v.length() >= 16) {
                String s = v.replace(' ', 'T');
                int end = s.length();
                if (s.endsWith("Z")) {
                    end--;
                } else if (end > 19 && (s.charAt(end - 6) == '+' || s.charAt(end - 6) == '-')) {
                    end -= 6;
                }
                return LocalDateTime.parse(s.substring(0, end));
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    @Override
    public String toString() {
        return part.name().toLowerCase(java.util.Locale.ROOT) + " " + compare;
    }
}
