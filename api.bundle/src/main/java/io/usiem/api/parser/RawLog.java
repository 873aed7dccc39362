package io.usiem.api.parser;

import io.usiem.api.event.Event;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.IpAddress;

import org.jspecify.annotations.Nullable;

/**
 * A line (or document) as an input received it, before parsing: the original text, the message body
 * the parsers see (the original without a transport header such as syslog's), and a header event that
 * carries what the input already knows (origin, times, tenant, source type, syslog header fields,
 * tags such as {@code invalid_utf8}). Immutable.
 */
public final class RawLog {
    private final Event header;
    private final String message;
    private final String input;
    private final long sequence;

    private RawLog(Event header, String message, String input, long sequence) {
        this.header = header;
        this.message = message;
        this.input = input;
        this.sequence = sequence;
    }

    /**
     * @param original the text exactly as received
     * @return a builder; the message body defaults to the original
     */
    public static Builder builder(String original) {
        return new Builder(original);
    }

    /**
     * @param line a line as received, with no transport header
     * @return a raw log received now, of unknown origin
     */
    public static RawLog of(String line) {
        return builder(line).build();
    }

    /** @return the text exactly as received (becomes {@code event.original}) */
    public String original() {
        return header.raw();
    }

    /** @return the message body for parsers */
    public String message() {
        return message;
    }

    /** @return the name of the input that received it, or null */
    public @Nullable String input() {
        return input;
    }

    /** @return the source type the input declared, or null to let the kernel choose a parser */
    public @Nullable String sourceType() {
        return header.sourceType();
    }

    /** @return the origin host name, or null */
    public @Nullable String originHost() {
        return header.originHost();
    }

    /** @return the origin address, or null */
    public @Nullable IpAddress originIp() {
        return header.originIp();
    }

    /** @return the tenant */
    public String tenant() {
        return header.tenant();
    }

    /**
     * @return the line's ingest position (its journal position), 0 before the kernel accepted it; the
     *     events parsed from it get {@link Event#sequenceOf(long, int)} of it
     */
    public long sequence() {
        return sequence;
    }

    /** @return received time, nanoseconds since the epoch */
    public long receivedNanos() {
        return header.receivedNanos();
    }

    /** @return the header as an event: what the input knew before parsing (its sequence is not set) */
    public Event header() {
        return header;
    }

    /**
     * Starts the (first) event from what the input knew; parsers fill in the rest.
     *
     * @return a builder with the raw text, times, origin, tenant, header fields, tags and sequence set
     */
    public EventBuilder newEventBuilder() {
        return newEventBuilder(0);
    }

    /**
     * Starts the index-th event of a line that yields several (a CloudTrail file line, a Windows export):
     * each gets its own {@link Event#sequence()}.
     *
     * @param index 0 for the first event of the line, then 1, 2...
     * @return a builder as {@link #newEventBuilder()} gives, with that event's sequence
     * @throws IllegalArgumentException when index is negative or not below {@link Event#MAX_EVENTS_PER_LINE}
     * @since 1.0
     */
    public EventBuilder newEventBuilder(int index) {
        return header.toBuilder().sequence(Event.sequenceOf(sequence, index));
    }

    /**
     * Starts the index-th event of a line with its field table sized for the fields the parser expects, so
     * the table is allocated once (a PAN-OS or Windows event has 40-100 fields).
     *
     * @param index 0 for the first event of the line, then 1, 2...
     * @param expectedFields the number of fields the parser's events typically get (a hint)
     * @return a builder as {@link #newEventBuilder(int)} gives
     * @throws IllegalArgumentException when index is negative or not below {@link Event#MAX_EVENTS_PER_LINE}
     * @since 1.1
     */
    public EventBuilder newEventBuilder(int index, int expectedFields) {
        return newEventBuilder(index).expectFields(expectedFields + header.fieldCount());
    }

    /**
     * Makes a raw log from its parts, as a codec reads them back.
     *
     * @param header the header event (what the input knew)
     * @param message the message body for parsers
     * @param input the receiving input's name, or null
     * @param sequence the ingest position, 0 when not yet accepted
     * @return the raw log
     * @since 1.0
     */
    public static RawLog of(Event header, @Nullable String message, @Nullable String input, long sequence) {
        return new RawLog(java.util.Objects.requireNonNull(header, "header"), message == null ? "" : message, input, sequence);
    }

    /**
     * @param sequence the kernel's ingest position for the line
     * @return a copy with the position set
     */
    public RawLog withSequence(long sequence) {
        return new RawLog(header, message, input, sequence);
    }

    /**
     * @param sourceType a source type
     * @return a copy that names that source type
     */
    public RawLog withSourceType(String sourceType) {
        return new RawLog(header.toBuilder().sourceType(sourceType).build(), message, input, sequence);
    }

    @Override
    public String toString() {
        return message;
    }

    /** Builds a {@link RawLog}. */
    public static final class Builder {
        private final EventBuilder header;
        private String message;
        private String input;

        private Builder(String original) {
            this.header = Event.builder(original).receivedNanos(nowNanos()).category(EventCategory.GENERIC);
            this.message = original;
        }

        private static long nowNanos() {
            java.time.Instant now = java.time.Instant.now();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        /** @param body the message body after the transport header @return this */
        public Builder message(@Nullable String body) {
            this.message = body;
            return this;
        }

        /** @param name the receiving input's name @return this */
        public Builder input(@Nullable String name) {
            this.input = name;
            return this;
        }

        /** @param host origin host name @param ip origin address @return this */
        public Builder origin(@Nullable String host, @Nullable IpAddress ip) {
            header.originHost(host).originIp(ip);
            return this;
        }

        /** @param type source type, or null @return this */
        public Builder sourceType(@Nullable String type) {
            header.sourceType(type);
            return this;
        }

        /** @param tenant tenant @return this */
        public Builder tenant(String tenant) {
            header.tenant(tenant);
            return this;
        }

        /** @param epochNanos received time @return this */
        public Builder receivedNanos(long epochNanos) {
            header.receivedNanos(epochNanos);
            return this;
        }

        /** @param epochNanos event time from a transport header, 0 when unknown @return this */
        public Builder eventNanos(long epochNanos) {
            header.eventNanos(epochNanos);
            return this;
        }

        /** @param tag a tag the input sets (for example {@code invalid_utf8}) @return this */
        public Builder tag(String tag) {
            header.tag(tag);
            return this;
        }

        /** @return the header builder, to set fields from a transport header */
        public EventBuilder header() {
            return header;
        }

        /** @return the raw log */
        public RawLog build() {
            return new RawLog(header.build(), message == null ? "" : message, input, 0);
        }
    }
}
