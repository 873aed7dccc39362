package io.usiem.api.alert;

import io.usiem.api.event.Event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A detection: which rule matched, how severe, when, for which tenant, and the events behind it. Immutable. */
public final class Alert {
    private final String ruleId;
    private final String ruleTitle;
    private final Severity severity;
    private final long createdNanos;
    private final String tenant;
    private final List<String> tags;
    private final List<Event> events;
    private final Map<String, String> groupBy;

    private Alert(Builder b) {
        this.ruleId = Objects.requireNonNull(b.ruleId, "ruleId");
        this.ruleTitle = b.ruleTitle == null ? b.ruleId : b.ruleTitle;
        this.severity = b.severity;
        this.createdNanos = b.createdNanos;
        this.tenant = b.tenant;
        this.tags = List.copyOf(b.tags);
        this.events = List.copyOf(b.events);
        this.groupBy = Map.copyOf(b.groupBy);
    }

    /** @param ruleId the id of the rule that matched @return a builder */
    public static Builder builder(String ruleId) {
        return new Builder(ruleId);
    }

    /** @return the rule id */
    public String ruleId() {
        return ruleId;
    }

    /** @return the rule title */
    public String ruleTitle() {
        return ruleTitle;
    }

    /** @return severity */
    public Severity severity() {
        return severity;
    }

    /** @return creation time, nanoseconds since the epoch */
    public long createdNanos() {
        return createdNanos;
    }

    /** @return tenant */
    public String tenant() {
        return tenant;
    }

    /** @return tags such as ATT&amp;CK techniques */
    public List<String> tags() {
        return tags;
    }

    /** @return the events that triggered it */
    public List<Event> events() {
        return events;
    }

    /** @return group-by values of a correlation rule, empty otherwise */
    public Map<String, String> groupBy() {
        return groupBy;
    }

    /** Builds an {@link Alert}. */
    public static final class Builder {
        private final String ruleId;
        private String ruleTitle;
        private Severity severity = Severity.MEDIUM;
        private long createdNanos;
        private String tenant = Event.DEFAULT_TENANT;
        private final List<String> tags = new ArrayList<>();
        private final List<Event> events = new ArrayList<>();
        private final Map<String, String> groupBy = new LinkedHashMap<>();

        private Builder(String ruleId) {
            this.ruleId = ruleId;
        }

        /** @param value title @return this */
        public Builder title(String value) {
            this.ruleTitle = value;
            return this;
        }

        /** @param value severity @return this */
        public Builder severity(Severity value) {
            this.severity = Objects.requireNonNull(value);
            return this;
        }

        /** @param epochNanos creation time @return this */
        public Builder createdNanos(long epochNanos) {
            this.createdNanos = epochNanos;
            return this;
        }

        /** @param value tenant @return this */
        public Builder tenant(String value) {
            this.tenant = Objects.requireNonNull(value);
            return this;
        }

        /** @param value a tag @return this */
        public Builder tag(String value) {
            tags.add(value);
            return this;
        }

        /** @param event a triggering event @return this */
        public Builder event(Event event) {
            events.add(event);
            return this;
        }

        /** @param field group-by field @param value its value @return this */
        public Builder groupBy(String field, String value) {
            groupBy.put(field, value);
            return this;
        }

        /** @return the alert */
        public Alert build() {
            return new Alert(this);
        }
    }
}
