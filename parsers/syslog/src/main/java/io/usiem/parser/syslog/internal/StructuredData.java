package io.usiem.parser.syslog.internal;

import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Field;

/** Sets RFC 5424 structured data params as {@code log.syslog.structured_data.<SD-ID>.<name>} fields. */
final class StructuredData {
    private static final String PREFIX = "log.syslog.structured_data.";

    private StructuredData() {
    }

    /**
     * @param s the line
     * @param i the first {@code [}
     * @param end the index after the last {@code ]}
     * @return false when an element is malformed (then some params may have been set)
     */
    static boolean set(String s, int i, int end, EventBuilder b) {
        while (i < end && s.charAt(i) == '[') {
            int j = i + 1;
            while (j < end && s.charAt(j) != ' ' && s.charAt(j) != ']') {
                j++;
            }
            if (j >= end) {
                return false;
            }
            String id = s.substring(i + 1, j);
            while (j < end && s.charAt(j) == ' ') {
                int eq = s.indexOf('=', j + 1);
                if (eq < 0 || eq + 1 >= end || s.charAt(eq + 1) != '"') {
                    return false;
                }
                String name = s.substring(j + 1, eq);
                StringBuilder value = new StringBuilder();
                int k = eq + 2;
                for (; k < end; k++) {
                    char c = s.charAt(k);
                    if (c == '\\' && k + 1 < end && (s.charAt(k + 1) == '"' || s.charAt(k + 1) == '\\' || s.charAt(k + 1) == ']')) {
                        value.append(s.charAt(++k));
                    } else if (c == '"') {
                        break;
                    } else {
                        value.append(c);
                    }
                }
                if (k >= end) {
                    return false;
                }
                b.set(Field.of(PREFIX + id + "." + name), value.toString());
                j = k + 1;
            }
            if (j >= end || s.charAt(j) != ']') {
                return false;
            }
            i = j + 1;
        }
        return true;
    }
}
