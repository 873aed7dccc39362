package io.usiem.kernel.internal;

import io.usiem.api.event.Event;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Field;
import io.usiem.api.event.EventKind;
import io.usiem.api.event.Fields;
import io.usiem.api.event.OriginRole;
import io.usiem.api.event.Tags;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;

/**
 * The work of the parse stage: parses a batch, holds lines no parser takes while a parser is being
 * replaced ({@link ParserGrace}), stores the rest raw with the reasons, and hands the events to the next
 * stage. A stuck worker's batch is handed over ({@link ParseClaim}).
 */
final class ParseStep {
    private final ParserRegistry parsers;
    private final ParserWatchdog watchdog;
    private final ParserGrace grace;
    private final Stage<Event> next;
    private final DropCounters drops;
    private final BooleanSupplier accepting;
    private final LineCompletion completion;
    final LongAdder parsedEvents = new LongAdder();
    final LongAdder unparsed = new LongAdder();

    ParseStep(ParserRegistry parsers, ParserGrace grace, Stage<Event> next, DropCounters drops, BooleanSupplier accepting,
            LineCompletion completion) {
        this.completion = completion;
        this.parsers = parsers;
        this.watchdog = parsers.watchdog();
        this.grace = grace;
        this.next = next;
        this.drops = drops;
        this.accepting = accepting;
    }

    void parseBatch(List<RawLog> batch) throws InterruptedException {
        parse(List.copyOf(batch), List.of());
    }

    /**
     * The work a stuck worker hands over: its events so far, its stuck line stored raw with the reason, and
     * the lines it had not tried yet, parsed here.
     */
    StageWorker.Task handover(ParseClaim.Handover h, ParserEntry stuckParser) {
        return () -> {
            List<Event> done = new ArrayList<>(h.done());
            unparsed.increment();
            completion.parsed(h.stuck().sequence(), 1);
            done.add(raw(h.stuck(), true, stuckParser.name() + ": did not return within " + watchdog.timeoutMillis()
                    + " ms (stuck); stored raw"));
            parse(h.rest(), done);
        };
    }

    private void parse(List<RawLog> lines, List<Event> alreadyDone) throws InterruptedException {
        // Taken before parsing, so a parser that arrives while this batch is parsed releases its held lines.
        long batchStart = System.nanoTime();
        ParserWatchdog.Slot slot = watchdog.slot();
        ParseClaim claim = new ParseClaim(lines, alreadyDone);
        slot.claim = claim;
        try {
            for (int i = 0; i < lines.size(); i++) {
                if (!claim.begin(i) || !parseLine(lines.get(i), claim, slot, batchStart)) {
                    return; // taken over by the watchdog: another worker has the rest
                }
            }
        } finally {
            slot.claim = null;
        }
        next.putAll(claim.events());
    }

    private boolean parseLine(RawLog raw, ParseClaim claim, ParserWatchdog.Slot slot, long batchStart) {
        long firstHeld = grace.takeRetry(raw);
        ParseOutcome o = parsers.parse(raw, slot);
        ParseResult r = o.result();
        switch (r.kind()) {
            case PARSED: {
                List<Event> events = new ArrayList<>(r.events().size());
                List<Event> parsed = r.events();
                for (int i = 0; i < parsed.size(); i++) {
                    events.add(finishParsed(parsed.get(i), i, raw, o.parser()));
                }
                return claim.finish(events, () -> {
                    parsedEvents.add(events.size());
                    completion.parsed(raw.sequence(), events.size());
                });
            }
            case DISCARD:
                return claim.finish(List.of(), () -> {
                    drops.add("discarded:" + o.parser().name(), 1);
                    completion.parsed(raw.sequence(), 0);
                });
            default: {
                boolean[] held = new boolean[1];
                List<Event> rawEvent = new ArrayList<>(1);
                return claim.finish(rawEvent, () -> {
                    held[0] = r.kind() == ParseResult.Kind.NOT_MINE && mayWaitForParser(raw, firstHeld, batchStart);
                    if (!held[0]) {
                        unparsed.increment();
                        completion.parsed(raw.sequence(), 1);
                        rawEvent.add(unparsedEvent(raw, o));
                    }
                });
            }
        }
    }

    /**
     * Holds a line no parser took when a parser left moments ago (its replacement is probably on the
     * way), or when a held line is still within its grace period.
     */
    private boolean mayWaitForParser(RawLog raw, long firstHeld, long batchStart) {
        if (!grace.enabled() || !accepting.getAsBoolean()) {
            return false;
        }
        if (firstHeld == ParserGrace.NOT_A_RETRY) {
            return parsers.removedWithin(grace.graceNanos(), batchStart) && grace.hold(raw, batchStart, batchStart);
        }
        return grace.withinGrace(firstHeld, batchStart) && grace.hold(raw, batchStart, firstHeld);
    }

    /** Gives a parsed event the ingest sequence and flags events that lack their category's fields. */
    private static Event finishParsed(Event e, int index, RawLog raw, ParserEntry parser) {
        Field missing = e.category().firstMissingField(e);
        // Each event of a line gets its own sequence, whether or not its parser started it from the raw log.
        long sequence = Event.sequenceOf(raw.sequence(), Math.min(index, Event.MAX_EVENTS_PER_LINE - 1));
        if (missing == null && e.sequence() == sequence) {
            return e;
        }
        EventBuilder b = e.toBuilder().sequence(sequence);
        if (missing != null) {
            b.tag(Tags.INCOMPLETE);
            parser.incomplete.increment();
        }
        return b.build();
    }

    static Event unparsedEvent(RawLog raw, ParseOutcome o) {
        boolean failure = o.result().kind() == ParseResult.Kind.FORMAT_ERROR || o.parserFailed();
        return raw(raw, failure, o.failureReason());
    }

    private static Event raw(RawLog raw, boolean failure, String reason) {
        // ECS: the pipeline could not read the line as intended; the sender is the host that wrote it.
        EventBuilder b = raw.newEventBuilder().tag(Tags.UNPARSED).kind(EventKind.PIPELINE_ERROR).originRole(OriginRole.HOST);
        if (failure) {
            b.tag(Tags.PARSE_FAILURE);
        }
        return b.set(Fields.ERROR_MESSAGE, reason).build();
    }
}
