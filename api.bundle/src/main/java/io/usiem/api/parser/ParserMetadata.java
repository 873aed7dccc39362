package io.usiem.api.parser;

import io.usiem.api.event.EventCategory;
import io.usiem.api.event.Field;
import io.usiem.api.event.LogSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Describes a parser: its name, the vendor and product whose logs it reads, the source types it
 * handles, the categories and fields it fills, and sample lines (which its tests parse). Immutable.
 */
public final class ParserMetadata {
    private final String name;
    private final String vendor;
    private final String product;
    private final String description;
    private final List<String> sourceTypes;
    private final List<EventCategory> categories;
    private final List<Field> fields;
    private final List<String> samples;
    private final List<LogSource> logSources;
    private final boolean guessable;

    private ParserMetadata(Builder b) {
        this.name = Objects.requireNonNull(b.name, "name");
        this.vendor = Objects.requireNonNull(b.vendor, "vendor");
        this.product = Objects.requireNonNull(b.product, "product");
        this.description = b.description == null ? "" : b.description;
        this.sourceTypes = List.copyOf(b.sourceTypes);
        this.categories = List.copyOf(b.categories);
        this.fields = List.copyOf(b.fields);
        this.samples = List.copyOf(b.samples);
        this.logSources = List.copyOf(b.logSources);
        this.guessable = b.guessable;
        if (sourceTypes.isEmpty()) {
            throw new IllegalArgumentException("parser " + name + " declares no source type");
        }
    }

    /** @param name unique parser name, for example {@code generic-syslog} @return a builder */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** @return unique parser name */
    public String name() {
        return name;
    }

    /** @return vendor of the logs' source */
    public String vendor() {
        return vendor;
    }

    /** @return product of the logs' source */
    public String product() {
        return product;
    }

    /** @return one sentence on what it parses */
    public String description() {
        return description;
    }

    /** @return source types it handles; the first is its main one */
    public List<String> sourceTypes() {
        return sourceTypes;
    }

    /** @return categories of the events it produces */
    public List<EventCategory> categories() {
        return categories;
    }

    /** @return the fields it fills */
    public List<Field> fields() {
        return fields;
    }

    /** @return real-format sample lines */
    public List<String> samples() {
        return samples;
    }

    /**
     * @return the Sigma logsources of the events it produces (each event carries its own; see
     *     {@link io.usiem.api.event.Event#logSource()}), so rules can be routed before any event arrives
     * @since 1.0
     */
    public List<LogSource> logSources() {
        return logSources;
    }

    /**
     * @return whether the kernel may try this parser on lines of unknown source type; a catch-all
     *     parser that accepts almost anything says false and is tried last
     */
    public boolean isGuessable() {
        return guessable;
    }

    /** Builds {@link ParserMetadata}. */
    public static final class Builder {
        private final String name;
        private String vendor;
        private String product;
        private String description;
        private final List<String> sourceTypes = new ArrayList<>();
        private final List<EventCategory> categories = new ArrayList<>();
        private final List<Field> fields = new ArrayList<>();
        private final List<String> samples = new ArrayList<>();
        private final List<LogSource> logSources = new ArrayList<>();
        private boolean guessable = true;

        private Builder(String name) {
            this.name = name;
        }

        /** @param vendor vendor @param product product @return this */
        public Builder source(String vendor, String product) {
            this.vendor = vendor;
            this.product = product;
            return this;
        }

        /** @param text one sentence @return this */
        public Builder description(String text) {
            this.description = text;
            return this;
        }

        /** @param types source types @return this */
        public Builder sourceTypes(String... types) {
            sourceTypes.addAll(List.of(types));
            return this;
        }

        /** @param values categories @return this */
        public Builder categories(EventCategory... values) {
            categories.addAll(List.of(values));
            return this;
        }

        /** @param values fields filled @return this */
        public Builder fields(Field... values) {
            fields.addAll(List.of(values));
            return this;
        }

        /** @param lines sample lines @return this */
        public Builder samples(String... lines) {
            samples.addAll(List.of(lines));
            return this;
        }

        /** @param values Sigma logsources of its events @return this @since 1.0 */
        public Builder logSources(LogSource... values) {
            logSources.addAll(List.of(values));
            return this;
        }

        /** @param value see {@link ParserMetadata#isGuessable()} @return this */
        public Builder guessable(boolean value) {
            this.guessable = value;
            return this;
        }

        /** @return the metadata */
        public ParserMetadata build() {
            return new ParserMetadata(this);
        }
    }
}
