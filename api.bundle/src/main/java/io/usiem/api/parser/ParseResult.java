package io.usiem.api.parser;

import org.jspecify.annotations.Nullable;
import io.usiem.api.event.Event;

import java.util.List;
import java.util.Objects;

/**
 * What a parser made of a line. Never null: parsed (one or more events), not mine (another parser
 * should try), format error (the line looks like this parser's format but is malformed; the reason
 * says why) or discard (deliberately dropped, counted with the reason).
 */
public final class ParseResult {
    /** The kinds of outcome. */
    public enum Kind {
        /** Parsed into one or more events. */
        PARSED,
        /** Not this parser's format. */
        NOT_MINE,
        /** This parser's format, but malformed. */
        FORMAT_ERROR,
        /** Deliberately dropped (noise the user configured away). */
        DISCARD
    }

    private static final ParseResult NOT_MINE = new ParseResult(Kind.NOT_MINE, List.of(), "not this parser's format");

    private final Kind kind;
    private final List<Event> events;
    private final String reason;

    private ParseResult(Kind kind, List<Event> events, String reason) {
        this.kind = kind;
        this.events = events;
        this.reason = reason;
    }

    /** @param event the parsed event @return a parsed result */
    public static ParseResult parsed(Event event) {
        return new ParseResult(Kind.PARSED, List.of(Objects.requireNonNull(event, "event")), null);
    }

    /** @param events one or more events (a file of records, say) @return a parsed result */
    public static ParseResult parsed(List<Event> events) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a parsed result needs at least one event");
        }
        return new ParseResult(Kind.PARSED, List.copyOf(events), null);
    }

    /** @return the shared not-mine result */
    public static ParseResult notMine() {
        return NOT_MINE;
    }

    /** @param reason why the line is malformed, for the user @return a format error */
    public static ParseResult formatError(String reason) {
        return new ParseResult(Kind.FORMAT_ERROR, List.of(), Objects.requireNonNull(reason, "reason"));
    }

    /** @param reason why it is dropped; drops are counted per reason @return a discard */
    public static ParseResult discard(String reason) {
        return new ParseResult(Kind.DISCARD, List.of(), Objects.requireNonNull(reason, "reason"));
    }

    /** @return the kind */
    public Kind kind() {
        return kind;
    }

    /** @return the events when parsed, otherwise empty */
    public List<Event> events() {
        return events;
    }

    /** @return the reason for a format error, discard or not-mine; null when parsed */
    public @Nullable String reason() {
        return reason;
    }

    /** @return whether the line was parsed */
    public boolean isParsed() {
        return kind == Kind.PARSED;
    }

    @Override
    public String toString() {
        return kind == Kind.PARSED ? "PARSED(" + events.size() + ")" : kind + ": " + reason;
    }
}
