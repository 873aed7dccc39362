package io.usiem.parser.windows.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;

import java.io.IOException;

/**
 * What the reader knows of each distinct JSON key name, worked out once: its role as a top-level key of a
 * flattened record (see {@link FlatKeys}), and the values it had recently, so a repeated channel, provider,
 * account or process name is not copied again. One lookup per key replaces a map lookup for the role, two
 * prefix tests and a hashed cache slot. Keys are the same String instances from line to line (Jackson
 * canonicalizes names), so the table is probed by identity first.
 *
 * <p>Thread-safe without locks, as {@code ValueCache}: {@link Key}s are immutable but for their recent values,
 * whose races only cost a miss (strings are immutable); a racing insert of a key may be lost, which only costs
 * working it out again.
 */
final class Keys {
    /** Role of a top-level {@code winlog.*} key (Winlogbeat flattened to dotted keys). */
    static final int WINLOG_DOTTED = -1;
    /** {@link Key#top} of a top-level {@code message} key (Winlogbeat's rendered message). */
    static final int TOP_MESSAGE = 1;
    /** {@link Key#top} of a top-level {@code EventData} or {@code UserData} key (as a string: Log Analytics' JSON). */
    static final int TOP_EVENT_DATA = 2;
    /** A Log Analytics Syslog row's message, which is event XML when Sysmon for Linux wrote it. */
    static final int TOP_SYSLOG_MESSAGE = 3;
    /** Longer values (command lines, messages, paths) rarely repeat: copied every time. */
    static final int MAX_CACHED_LENGTH = 48;
    private static final int WAYS = 4;
    private static final int TABLE = 2048;
    /**
     * Bound on the names kept: EventData names are a small vocabulary, hostile lines are not. A full table
     * starts over, so a burst of junk names cannot leave the real ones uncached for good.
     */
    private static final int LIMIT = TABLE / 2;
    private static final int PROBES = 8;

    /** Replaced, not cleared, when full: a thread still probing the old one only works a key out again. */
    private Key[] table = new Key[TABLE];
    private int count;

    /** A key name with its role and its recent values. */
    static final class Key {
        final String name;
        final int role;
        /** What a string value of this key is at the top level: {@link #TOP_MESSAGE}, {@link #TOP_EVENT_DATA}, {@link #TOP_SYSLOG_MESSAGE} or 0. */
        final int top;
        private final String[] recent = new String[WAYS];
        /** {@link #signature} of each recent value, compared before the value. */
        private final int[] sigs = new int[WAYS];
        private int next;
        /** Lookups and hits in the current window; a key whose values never repeat (GUIDs, times) stops comparing. */
        private int lookups;
        private int hits;
        private boolean cached = true;
        /** {@code winlog.event_data.<name>}, made when first asked for (most keys never are). */
        private Field dataField;

        Key(String name) {
            this.name = name;
            this.role = name.startsWith("winlog.") ? WINLOG_DOTTED : FlatKeys.role(name);
            this.top = "message".equals(name) ? TOP_MESSAGE : "EventData".equals(name) || "UserData".equals(name) ? TOP_EVENT_DATA
                    : "SyslogMessage".equals(name) ? TOP_SYSLOG_MESSAGE : 0;
        }

        /** @return the {@code winlog.event_data.<name>} field, as {@link WinEventMapper#dataField} makes it */
        Field dataField() {
            Field f = dataField;
            if (f == null) {
                f = Field.of(WinFields.EVENT_DATA_PREFIX + name, FieldType.KEYWORD);
                dataField = f; // a race only makes an equal field twice
            }
            return f;
        }

        /** @return the parser's current scalar as text, an earlier equal string when this key had it recently */
        String text(JsonParser p) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return p.getText();
            }
            char[] chars = p.getTextCharacters();
            int offset = p.getTextOffset();
            int length = p.getTextLength();
            if (length > MAX_CACHED_LENGTH || length == 0) {
                return new String(chars, offset, length);
            }
            int n = ++lookups;
            // While off, one lookup in eight still probes, so a key whose values start repeating is cached again.
            boolean probe = cached || (n & 7) == 0;
            int sig = probe ? signature(chars, offset, length) : 0;
            String found = probe ? find(sig, chars, offset, length) : null;
            if (found != null) {
                hits += cached ? 1 : 8;
            }
            if ((n & 1023) == 0) {
                cached = hits * 8 >= 1024; // on while at least one value in eight repeats
                hits = 0;
            }
            if (found != null) {
                return found;
            }
            String s = new String(chars, offset, length);
            if (probe) {
                int w = next++ & (WAYS - 1); // replaces the oldest
                recent[w] = s;
                sigs[w] = sig;
            }
            return s;
        }

        private String find(int sig, char[] chars, int offset, int length) {
            int[] g = sigs;
            for (int w = 0; w < WAYS; w++) {
                // A signature and its string may be written by racing threads apart: the string is compared anyway.
                if (g[w] == sig) {
                    String v = recent[w];
                    if (v != null && v.length() == length && same(v, chars, offset, length)) {
                        return v;
                    }
                }
            }
            return null;
        }

        /** Length, first, middle and last characters: values of a key that differ mostly differ there (ids, times, GUIDs). */
        private static int signature(char[] chars, int offset, int length) {
            return length ^ (chars[offset + length - 1] << 7) ^ (chars[offset + (length >> 1)] << 15) ^ (chars[offset] << 23);
        }

        private static boolean same(String v, char[] chars, int offset, int length) {
            for (int k = 0; k < length; k++) {
                if (v.charAt(k) != chars[offset + k]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** @return the key of that name (worked out now when new) */
    Key get(String name) {
        int h = name.hashCode();
        int i = (h ^ (h >>> 16)) & (TABLE - 1);
        Key[] t = table;
        for (int probe = 0; probe < PROBES; probe++) {
            Key k = t[i];
            if (k == null) {
                Key added = new Key(name);
                if (count >= LIMIT) {
                    t = new Key[TABLE];
                    table = t;
                    count = 0;
                    i = (h ^ (h >>> 16)) & (TABLE - 1);
                }
                t[i] = added;
                count++;
                return added;
            }
            if (k.name == name || k.name.equals(name)) {
                return k;
            }
            i = (i + 1) & (TABLE - 1);
        }
        return new Key(name);
    }
}
