package io.usiem.parser.iis.internal;

import java.util.Locale;

/** The W3C extended log fields this parser maps, by the name a {@code #Fields} directive gives them (case-insensitive). */
enum Column {
    DATE("date"),
    TIME("time"),
    SITE_NAME("s-sitename"),
    COMPUTER_NAME("s-computername"),
    SERVER_IP("s-ip"),
    SERVER_PORT("s-port"),
    METHOD("cs-method"),
    URI_STEM("cs-uri-stem"),
    URI_QUERY("cs-uri-query"),
    /** The whole request target (HTTP.sys's HTTPERR log writes it instead of stem and query). */
    URI("cs-uri"),
    USER_NAME("cs-username"),
    CLIENT_IP("c-ip"),
    CLIENT_PORT("c-port"),
    VERSION("cs-version"),
    USER_AGENT("cs(user-agent)"),
    COOKIE("cs(cookie)"),
    REFERER("cs(referer)"),
    HOST("cs-host"),
    STATUS("sc-status"),
    SUB_STATUS("sc-substatus"),
    WIN32_STATUS("sc-win32-status"),
    SERVER_BYTES("sc-bytes"),
    CLIENT_BYTES("cs-bytes"),
    TIME_TAKEN("time-taken"),
    /** HTTP.sys's reason for an error (HTTPERR log): {@code Timer_ConnectionIdle}, {@code BadRequest}... */
    REASON("s-reason"),
    /** HTTP.sys's request queue (the application pool) of an error. */
    QUEUE_NAME("s-queuename"),
    /** An IIS custom field or an Advanced Logging column that logs the X-Forwarded-For header. */
    FORWARDED_FOR("x-forwarded-for"),
    /** Any other column: kept as {@code iis.access.<name>}. */
    OTHER("");

    private static final Column[] VALUES = values();

    final String w3cName;

    Column(String w3cName) {
        this.w3cName = w3cName;
    }

    /** @param name a column name from a {@code #Fields} directive @return its column, OTHER when unmapped */
    static Column of(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Column c : VALUES) {
            if (c != OTHER && c.w3cName.equals(n)) {
                return c;
            }
        }
        if ("cs(x-forwarded-for)".equals(n) || "x_forwarded_for".equals(n)) {
            return FORWARDED_FOR;
        }
        return OTHER;
    }

    /** @return whether the column holds a number or {@code -} */
    boolean numeric() {
        return this == SERVER_PORT || this == CLIENT_PORT || this == STATUS || this == SUB_STATUS || this == WIN32_STATUS
                || this == SERVER_BYTES || this == CLIENT_BYTES || this == TIME_TAKEN;
    }
}
