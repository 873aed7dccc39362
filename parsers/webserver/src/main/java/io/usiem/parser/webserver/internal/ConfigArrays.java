package io.usiem.parser.webserver.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a list attribute that reached the component as one string holding the typed-array text of a .cfg
 * file ({@code [ "a", "b" ]}), as happens when the configuration was loaded by a reader that does not
 * understand typed values: without this, the whole array would silently become one format that never
 * matches.
 */
final class ConfigArrays {
    private ConfigArrays() {
    }

    static List<String> items(String[] values) {
        if (values.length != 1) {
            return List.of(values);
        }
        String v = values[0].strip();
        if (v.length() < 2 || v.charAt(0) != '[' || v.charAt(v.length() - 1) != ']' || v.indexOf('"') < 0) {
            return List.of(values);
        }
        List<String> items = new ArrayList<>();
        StringBuilder item = null;
        for (int i = 1; i < v.length() - 1; i++) {
            char c = v.charAt(i);
            if (item == null) {
                if (c == '"') {
                    item = new StringBuilder();
                } else if (c != ',' && !Character.isWhitespace(c) && c != '\\') {
                    return List.of(values);
                }
            } else if (c == '\\' && i + 2 < v.length()) {
                item.append(v.charAt(++i));
            } else if (c == '"') {
                items.add(item.toString());
                item = null;
            } else {
                item.append(c);
            }
        }
        return item == null && !items.isEmpty() ? items : List.of(values);
    }
}
