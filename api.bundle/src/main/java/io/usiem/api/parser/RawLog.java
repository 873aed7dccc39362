package io.usiem.api.parser;

import io.usiem.api.event.Event;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.IpAddress;

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
    public String input() {
        return input;
    }

    /** @return the source type the input declared, or null to let the kernel choose a parser */
    public String sourceType() {
        return header.sourceType();
    }

    /** @return the origin host name, or null */
    public String originHost() {
        return header.originHost();
    }

    /** @return the origin address, or null */
    public IpAddress originIp() {
        return header.originIp();
    }

    /** @return the tenant */
    public String tenant() {
        return header.tenant();
    }

    /** @return the ingest sequence number, 0 before the kernel accepted it */
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
     * Starts an event from what the input knew; parsers fill in the rest.
     *
     * @return a builder with the raw text, times, origin, tenant, header fields and tags set
     */
    public EventBuilder newEventBuilder() {
        return header.toBuilder().sequence(sequence);
    }

    /**
     * @param sequence the kernel's sequence number
     * @return a copy with the sequence set
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
        public Builder message(String body) {
            this.message = body;
            return this;
        }

        /** @param name the receiving input's name @return this */
        public Builder input(String name) {
            this.input = name;
            return this;
        }

        /** @param host origin host name @param ip origin address @return this */
        public Builder origin(String host, IpAddress ip) {
            header.originHost(host).originIp(ip);
            return this;
        }

        /** @param type source type, or null @return this */
        public Builder sourceType(String type) {
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
