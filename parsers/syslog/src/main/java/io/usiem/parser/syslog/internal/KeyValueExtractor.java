package io.usiem.parser.syslog.internal;

import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Field;
import io.usiem.api.event.Fields;

import java.util.Locale;
import java.util.Map;

/**
 * Finds {@code key=value} and {@code key="quoted value"} pairs in a message and sets them on the event:
 * well-known vendor keys (src, dst, sport, user, action...) as their ECS fields, any other key as a
 * dynamic field of that name. A value that does not fit the ECS field's type stays under its own key.
 */
final class KeyValueExtractor {
    static final int MAX_PAIRS = 128;
    private static final int MAX_KEY = 64;

    private static final Map<String, Field> ALIASES = Map.ofEntries(
            Map.entry("src", Fields.SOURCE_IP), Map.entry("srcip", Fields.SOURCE_IP), Map.entry("src_ip", Fields.SOURCE_IP),
            Map.entry("source_ip", Fields.SOURCE_IP), Map.entry("dst", Fields.DESTINATION_IP),
            Map.entry("dstip", Fields.DESTINATION_IP), Map.entry("dst_ip", Fields.DESTINATION_IP),
            Map.entry("spt", Fields.SOURCE_PORT), Map.entry("sport", Fields.SOURCE_PORT), Map.entry("srcport", Fields.SOURCE_PORT),
            Map.entry("src_port", Fields.SOURCE_PORT), Map.entry("dpt", Fields.DESTINATION_PORT),
            Map.entry("dport", Fields.DESTINATION_PORT), Map.entry("dstport", Fields.DESTINATION_PORT),
            Map.entry("dst_port", Fields.DESTINATION_PORT), Map.entry("proto", Fields.NETWORK_TRANSPORT),
            Map.entry("protocol", Fields.NETWORK_TRANSPORT), Map.entry("user", Fields.USER_NAME),
            Map.entry("usr", Fields.USER_NAME), Map.entry("username", Fields.USER_NAME), Map.entry("action", Fields.EVENT_ACTION),
            Map.entry("act", Fields.EVENT_ACTION), Map.entry("outcome", Fields.EVENT_OUTCOME), Map.entry("url", Fields.URL_ORIGINAL),
            Map.entry("method", Fields.HTTP_REQUEST_METHOD), Map.entry("status", Fields.HTTP_RESPONSE_STATUS_CODE),
            Map.entry("host", Fields.HOST_HOSTNAME), Map.entry("hostname", Fields.HOST_HOSTNAME),
            Map.entry("pid", Fields.PROCESS_PID), Map.entry("exe", Fields.PROCESS_EXECUTABLE),
            Map.entry("cmd", Fields.PROCESS_COMMAND_LINE), Map.entry("rule", Fields.RULE_NAME),
            Map.entry("severity", Fields.LOG_LEVEL), Map.entry("level", Fields.LOG_LEVEL));

    private static final java.util.Set<String> OUTCOMES = java.util.Set.of("success", "failure", "unknown");

    private KeyValueExtractor() {
    }

    /** @return the number of pairs set */
    static int extract(String s, int from, EventBuilder b) {
        int n = s.length();
        int pairs = 0;
        int i = from;
        while (i < n && pairs < MAX_PAIRS) {
            int eq = s.indexOf('=', i);
            if (eq <= i) {
                if (eq == i) {
                    i++;
                    continue;
                }
                break;
            }
            int keyStart = eq;
            while (keyStart > i && isKeyChar(s.charAt(keyStart - 1))) {
                keyStart--;
            }
            int valueStart = eq + 1;
            int valueEnd;
            int next;
            if (valueStart < n && s.charAt(valueStart) == '"') {
                int close = valueStart + 1;
                while (close < n && (s.charAt(close) != '"' || s.charAt(close - 1) == '\\')) {
                    close++;
                }
                if (close >= n) {
                    break; // unterminated quote: stop rather than take the rest of the line as a value
                }
                valueStart++;
                valueEnd = close;
                next = close + 1;
            } else {
                valueEnd = valueStart;
                while (valueEnd < n && s.charAt(valueEnd) != ' ' && s.charAt(valueEnd) != ',' && s.charAt(valueEnd) != ';') {
                    valueEnd++;
                }
                next = valueEnd;
            }
            int keyLen = eq - keyStart;
            boolean keyStartsWell = keyStart == 0 || isSeparator(s.charAt(keyStart - 1));
            if (keyLen > 0 && keyLen <= MAX_KEY && keyStartsWell && Character.isLetter(s.charAt(keyStart))
                    && valueEnd > valueStart) {
                String key = s.substring(keyStart, eq);
                String value = s.substring(valueStart, valueEnd).replace("\\\"", "\"");
                set(b, key, value);
                pairs++;
            }
            i = Math.max(next, eq + 1);
        }
        return pairs;
    }

    private static void set(EventBuilder b, String key, String value) {
        Field ecs = ALIASES.get(key.toLowerCase(Locale.ROOT));
        if (ecs == null) {
            ecs = Fields.byName(key);
        }
        if (ecs == Fields.EVENT_OUTCOME && !OUTCOMES.contains(value.toLowerCase(Locale.ROOT))) {
            ecs = null; // ECS allows success, failure and unknown only; anything else stays the vendor's own key
        }
        if (ecs != null) {
            String v = ecs == Fields.NETWORK_TRANSPORT || ecs == Fields.EVENT_OUTCOME ? value.toLowerCase(Locale.ROOT) : value;
            if (b.setFromText(ecs, v)) {
                return;
            }
        }
        b.set(Field.of(key), value);
    }

    private static boolean isKeyChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == ',' || c == ';' || c == '\t' || c == '[' || c == '(' || c == ':';
    }
}
