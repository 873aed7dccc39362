package io.usiem.api.event;

/** The type of a field's value; decides how it is stored, indexed and compared. */
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
    /** Immutable list of keywords. */
    KEYWORD_LIST;

    /** @return whether values of this type live in the primitive slot of the event table */
    public boolean isPrimitive() {
        return this == LONG || this == DOUBLE || this == TIMESTAMP || this == BOOLEAN;
    }
}
