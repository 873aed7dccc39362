package io.usiem.parser.zeek.internal;

import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;
import io.usiem.api.event.LogSource;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One Zeek log (conn, dns, ...): its Elastic dataset ({@code conn} is {@code zeek.connection}), Sigma
 * logsource, and the {@code zeek.<dataset>.<column>} fields of its columns, resolved once per name and type.
 */
final class ZeekLog {
    private static final int TYPES = FieldType.values().length;
    private static final int MAX_COLUMNS = 1024;

    final String name;
    final String dataset;
    final String prefix;
    final LogSource logSource;
    private final ConcurrentHashMap<String, Field[]> columns = new ConcurrentHashMap<>();

    ZeekLog(String name) {
        this.name = name;
        String ds = name.equals("conn") ? "connection" : name;
        this.dataset = "zeek." + ds;
        this.prefix = dataset + ".";
        this.logSource = LogSource.of("zeek", name, name.equals("dns") ? "dns" : null);
    }

    /** @param column a column name @param type the value's type @return its vendor field */
    Field field(String column, FieldType type) {
        Field[] byType = columns.get(column);
        if (byType == null) {
            byType = new Field[TYPES];
            if (columns.size() < MAX_COLUMNS) {
                Field[] raced = columns.putIfAbsent(column, byType);
                byType = raced == null ? byType : raced;
            }
        }
        Field f = byType[type.ordinal()];
        if (f == null) {
            f = Field.of(prefix + column, type);
            byType[type.ordinal()] = f; // a benign race: every thread computes the same field
        }
        return f;
    }

    /** @return whether the text can name a log (letters, digits, underscores) */
    static boolean validName(String s) {
        if (s == null || s.isEmpty() || s.length() > 64) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }
}
