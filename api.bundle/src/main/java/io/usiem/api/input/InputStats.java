package io.usiem.api.input;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A snapshot of an input's counters. Immutable; made with {@link #builder(String, String)} so that
 * counters can be added in later versions without breaking inputs.
 *
 * @since 1.0
 */
public final class InputStats {
    private final String name;
    private final String type;
    private final long received;
    private final long bytes;
    private final long connections;
    private final Map<String, Long> dropped;

    private InputStats(Builder b) {
        this.name = b.name;
        this.type = b.type;
        this.received = b.received;
        this.bytes = b.bytes;
        this.connections = b.connections;
        this.dropped = Map.copyOf(b.dropped);
    }

    /**
     * @param name the input's name (a listener, an HTTP endpoint)
     * @param type the kind of input, for example {@code syslog-udp}
     * @return a builder with every counter at zero
     */
    public static Builder builder(String name, String type) {
        return new Builder(name, type);
    }

    /** @return the input's name */
    public String name() {
        return name;
    }

    /** @return the kind of input */
    public String type() {
        return type;
    }

    /** @return messages received */
    public long received() {
        return received;
    }

    /** @return bytes received */
    public long bytes() {
        return bytes;
    }

    /** @return open connections now */
    public long connections() {
        return connections;
    }

    /** @return messages dropped by reason, immutable */
    public Map<String, Long> dropped() {
        return dropped;
    }

    @Override
    public String toString() {
        return name + " (" + type + "): received " + received + ", bytes " + bytes + ", connections " + connections
                + ", dropped " + dropped;
    }

    /** Builds {@link InputStats}. */
    public static final class Builder {
        private final String name;
        private final String type;
        private long received;
        private long bytes;
        private long connections;
        private final Map<String, Long> dropped = new LinkedHashMap<>();

        private Builder(String name, String type) {
            this.name = Objects.requireNonNull(name, "name");
            this.type = Objects.requireNonNull(type, "type");
        }

        /** @param value messages received @return this */
        public Builder received(long value) {
            this.received = value;
            return this;
        }

        /** @param value bytes received @return this */
        public Builder bytes(long value) {
            this.bytes = value;
            return this;
        }

        /** @param value open connections @return this */
        public Builder connections(long value) {
            this.connections = value;
            return this;
        }

        /** @param reason why @param count how many @return this */
        public Builder dropped(String reason, long count) {
            dropped.put(Objects.requireNonNull(reason, "reason"), count);
            return this;
        }

        /** @return the snapshot */
        public InputStats build() {
            return new InputStats(this);
        }
    }
}
