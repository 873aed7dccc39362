package io.usiem.api.event;

/** Tags the platform itself puts on events; plug-ins may add their own. */
public final class Tags {
    /** No parser took the line; the event holds the raw message and the reasons. */
    public static final String UNPARSED = "unparsed";
    /** A parser failed on the line (format error or exception) before it was stored raw. */
    public static final String PARSE_FAILURE = "parse_failure";
    /** The input held invalid UTF-8, replaced by U+FFFD. */
    public static final String INVALID_UTF8 = "invalid_utf8";
    /** The input was cut at the configured maximum frame size. */
    public static final String TRUNCATED = "truncated";
    /** A parser produced an event without all fields its category requires. */
    public static final String INCOMPLETE = "incomplete";

    private Tags() {
    }
}
