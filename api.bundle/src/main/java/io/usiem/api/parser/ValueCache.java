package io.usiem.api.parser;

/**
 * Reuses the strings a parser saw recently in each slot (a CSV column, a key): firewall lines repeat the same
 * rule, zone, interface, application and device names, and a substring per value is much of what a parser
 * allocates. Each slot keeps its last few distinct values; a value is compared, not hashed. Values longer
 * than {@link #MAX_LENGTH} are never kept.
 *
 * <p>Thread-safe without locks: threads may overwrite each other's entries (a miss, never a wrong value,
 * as strings are immutable). A parser keeps one.
 *
 * @since 1.1
 */
public final class ValueCache {
    /** Longer values (URLs, messages) are copied every time: they rarely repeat. */
    public static final int MAX_LENGTH = 48;
    private static final int WAYS = 4;

    private final String[] values;
    private final int slots;

    /** @param slots the number of slots (columns, keys) */
    public ValueCache(int slots) {
        this.slots = slots;
        this.values = new String[slots * WAYS];
    }

    /**
     * The same for text in a character buffer (a JSON parser's).
     *
     * @param slot the path or key, 0 to slots - 1 (others are not cached)
     * @return {@code new String(chars, offset, length)}, or an equal string this cache returned before
     */
    public String get(int slot, char[] chars, int offset, int length) {
        if (slot < 0 || slot >= slots || length > MAX_LENGTH || length <= 0 || offset < 0 || offset + length > chars.length) {
            return new String(chars, offset, length);
        }
        int base = slot * WAYS;
        for (int w = 0; w < WAYS; w++) {
            String v = values[base + w];
            if (v == null) {
                break;
            }
            if (v.length() == length && equal(v, chars, offset)) {
                return v;
            }
        }
        return remember(base, new String(chars, offset, length));
    }

    private static boolean equal(String v, char[] chars, int offset) {
        for (int k = 0; k < v.length(); k++) {
            if (v.charAt(k) != chars[offset + k]) {
                return false;
            }
        }
        return true;
    }

    private String remember(int base, String v) {
        // The newest first: shift the others down, dropping the oldest.
        System.arraycopy(values, base, values, base + 1, WAYS - 1);
        values[base] = v;
        return v;
    }

    /**
     * @param slot the column or key, 0 to slots - 1 (others are not cached)
     * @return {@code s.substring(from, to)}, or an equal string this cache returned before
     */
    public String get(int slot, String s, int from, int to) {
        int length = to - from;
        if (slot < 0 || slot >= slots || length > MAX_LENGTH || length <= 0) {
            return s.substring(from, to);
        }
        int base = slot * WAYS;
        for (int w = 0; w < WAYS; w++) {
            String v = values[base + w];
            if (v == null) {
                break;
            }
            if (v.length() == length && s.regionMatches(from, v, 0, length)) {
                return v;
            }
        }
        return remember(base, s.substring(from, to));
    }
}
