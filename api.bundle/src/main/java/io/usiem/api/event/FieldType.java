package io.usiem.api.event;

/**
 * The type of a field's value; decides how it is stored, indexed, compared and written to JSON.
 *
 * <p>Multi-valued fields have list types: rules and stores see every element ("any value matches",
 * see {@link Event#values(Field)}), never a joined string. Arrays of objects (Suricata and Zeek
 * {@code dns.answers}) are {@link #OBJECT_LIST}: a list of immutable maps whose values keep their JSON
 * types; a member of every object is reached by its dotted path ({@code dns.answers.data}).
 */
public enum FieldType {
    /** Exact string, matched as a whole (ECS keyword). */
    KEYWORD,
    /** Free text, tokenized by full-text stores. */
    TEXT,
    /** IPv4 or IPv6 address, see {@link IpAddress}. */
    IP,
    /** Signed 64-bit integer. */
    LONG,
    /** 64-bit floating point number. */
    DOUBLE,
    /** Point in time as nanoseconds since the Unix epoch, UTC. */
    TIMESTAMP,
    /** true or false. */
    BOOLEAN,
    /** Immutable list of keywords ({@code related.user}, {@code tags}-like vendor arrays). */
    KEYWORD_LIST,
    /**
     * Immutable list of IP addresses ({@code host.ip}, {@code related.ip}, {@code dns.resolved_ip}).
     *
     * @since 1.0
     */
    IP_LIST,
    /**
     * Immutable list of {@link Long} (vendor arrays of integers).
     *
     * @since 1.0
     */
    LONG_LIST,
    /**
     * Immutable list of {@link Double} (vendor arrays of numbers with fractions).
     *
     * @since 1.0
     */
    DOUBLE_LIST,
    /**
     * Immutable list of immutable {@code Map<String, Object>}, one per object of a JSON array of objects.
     * Map values are String, Long, Double, Boolean, or immutable lists of those.
     *
     * @since 1.0
     */
    OBJECT_LIST;

    /** @return whether values of this type live in the primitive slot of the event table */
    public boolean isPrimitive() {
        return this == LONG || this == DOUBLE || this == TIMESTAMP || this == BOOLEAN;
    }

    /** @return whether the value is a list */
    public boolean isList() {
        return this == KEYWORD_LIST || this == IP_LIST || this == LONG_LIST || this == DOUBLE_LIST || this == OBJECT_LIST;
    }

    /** @return whether the value is a string (KEYWORD or TEXT) */
    public boolean isString() {
        return this == KEYWORD || this == TEXT;
    }
}
