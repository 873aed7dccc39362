package io.usiem.parser.iis.internal;

import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;

import java.util.Locale;

/** Fields outside the ECS dictionary, named as Elastic's IIS integration names them ({@code iis.access.*}). */
final class IisFields {
    static final String PREFIX = "iis.access.";
    static final String ERROR_PREFIX = "iis.error.";
    static final Field SUB_STATUS = Field.of(PREFIX + "sub_status", FieldType.LONG);
    static final Field WIN32_STATUS = Field.of(PREFIX + "win32_status", FieldType.LONG);
    static final Field SITE_NAME = Field.of(PREFIX + "site_name", FieldType.KEYWORD);
    static final Field SERVER_NAME = Field.of(PREFIX + "server_name", FieldType.KEYWORD);
    static final Field COOKIE = Field.of(PREFIX + "cookie", FieldType.KEYWORD);
    static final Field ERROR_REASON = Field.of(ERROR_PREFIX + "reason_phrase", FieldType.KEYWORD);
    static final Field ERROR_QUEUE = Field.of(ERROR_PREFIX + "queue_name", FieldType.KEYWORD);
    /** The X-Forwarded-For request header as logged (a custom field), named as the web server parser names it. */
    static final Field X_FORWARDED_FOR = Field.of("http.request.headers.x_forwarded_for", FieldType.KEYWORD);

    private IisFields() {
    }

    /**
     * The field of a W3C column this parser does not map ({@code cs(Accept-Language)}, {@code s-reason}, a custom
     * field): {@code iis.access.} and the name in snake case ({@code cs_accept_language}). Made once per
     * {@code #Fields} directive, not per line.
     *
     * @param prefix {@link #PREFIX}, or {@link #ERROR_PREFIX} in an HTTP.sys error log
     * @param w3cName the column name as the directive writes it
     * @return the keyword field that keeps its values
     */
    static Field other(String prefix, String w3cName) {
        StringBuilder sb = new StringBuilder(prefix.length() + w3cName.length()).append(prefix);
        boolean underscore = false;
        for (int i = 0; i < w3cName.length(); i++) {
            char c = Character.toLowerCase(w3cName.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                sb.append(c);
                underscore = false;
            } else if (!underscore && sb.length() > prefix.length()) {
                sb.append('_');
                underscore = true;
            }
        }
        if (underscore) {
            sb.setLength(sb.length() - 1);
        }
        String name = sb.length() == prefix.length() ? prefix + "field" : sb.toString().toLowerCase(Locale.ROOT);
        // A custom column that snake-cases onto a mapped field's name keeps its own (keyword) name.
        if (name.equals(SUB_STATUS.name()) || name.equals(WIN32_STATUS.name()) || name.equals(ERROR_REASON.name())
                || name.equals(ERROR_QUEUE.name())) {
            name = name + "_text";
        }
        return Field.of(name, FieldType.KEYWORD);
    }
}
