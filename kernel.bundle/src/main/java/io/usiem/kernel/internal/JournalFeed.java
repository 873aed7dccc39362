package io.usiem.kernel.internal;

import io.usiem.api.codec.EventBinaryCodec;
import io.usiem.api.codec.EventFormatException;
import io.usiem.api.parser.RawLog;
import io.usiem.kernel.internal.journal.Journal;
import io.usiem.kernel.internal.journal.JournalReader;
import io.usiem.kernel.internal.journal.JournalRecord;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads durable lines from the journal into the parse stage: the stage's queue is a read-ahead of the
 * journal, not the only copy. Starts at the commit point, so what the last run did not finish is
 * processed first. Reads only what is fsynced, so a line a crash could still take back (its position then
 * given to another line) never reaches a sink.
 */
final class JournalFeed {
    private static final Logger LOG = LoggerFactory.getLogger(JournalFeed.class);
    private static final long IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private final Journal journal;
    private final LineCompletion completion;
    private final Stage<RawLog> parse;
    private final int batch;
    private final DropCounters drops;
    private volatile boolean running;
    private volatile Thread thread;

    private final BooleanSupplier pluginsReady;
    private final RecentLines recent;
    private final long startupWaitNanos;

    /**
     * @param pluginsReady whether a parser and a sink are there; at start the feed waits for it up to
     *     {@code startupWaitMillis}, so replayed lines are not stored raw before their parser's bundle is up
     */
    JournalFeed(Journal journal, LineCompletion completion, Stage<RawLog> parse, int batch, DropCounters drops,
            BooleanSupplier pluginsReady, long startupWaitMillis, RecentLines recent) {
        this.recent = recent;
        this.pluginsReady = pluginsReady;
        this.startupWaitNanos = TimeUnit.MILLISECONDS.toNanos(startupWaitMillis);
        this.journal = journal;
        this.completion = completion;
        this.parse = parse;
        this.batch = batch;
        this.drops = drops;
    }

    void start() {
        running = true;
        Thread t = new Thread(this::run, "usiem-journal-feed");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    /** New lines were appended: read them now rather than at the next idle check. */
    void wake() {
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /** Stops reading; what was not read stays in the journal for the next start. */
    void stop() throws InterruptedException {
        running = false;
        Thread t = thread;
        if (t != null) {
            // Our own thread, never inside a plug-in call: an interrupt only ends a wait for queue room.
            t.interrupt();
            t.join();
        }
    }

    private void run() {
        long deadline = System.nanoTime() + startupWaitNanos;
        while (running && !pluginsReady.getAsBoolean() && System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(IDLE_NANOS);
        }
        if (!pluginsReady.getAsBoolean()) {
            LOG.warn("No parser or no event sink registered within the startup wait; processing starts anyway");
        }
        long from = completion.commitPoint();
        if (journal.appendedPosition() > from) {
            LOG.info("Replaying {} journaled lines from position {} (not finished before the last stop)",
                    journal.appendedPosition() - from, from);
        }
        JournalReader reader = null;
        long next = from;
        try {
            while (running) {
                int room = (int) Math.min(batch, Math.min(journal.durablePosition() - next,
                        LineCompletion.WINDOW - (next - completion.commitPoint())));
                if (room <= 0) {
                    LockSupport.parkNanos(IDLE_NANOS);
                    continue;
                }
                List<RawLog> lines = new ArrayList<>(room);
                while (lines.size() < room) {
                    RawLog r = recent.take(next);
                    if (r == null) {
                        break;
                    }
                    lines.add(r);
                    next++;
                }
                if (lines.isEmpty()) {
                    // Not in memory (a replay, or overtaken): read it back from the journal.
                    if (reader == null || reader.position() != next) {
                        if (reader != null) {
                            reader.close();
                        }
                        reader = journal.reader(next);
                    }
                    for (JournalRecord record : reader.poll(room)) {
                        RawLog raw = decode(record);
                        if (raw != null) {
                            lines.add(raw);
                        }
                        next = record.position() + 1;
                    }
                }
                parse.putAll(lines);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            if (running) {
                LOG.error("The journal can no longer be read; no new line is processed until uSIEM restarts", e);
                drops.add("journal_unreadable", 1);
            }
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (IOException e) {
                    LOG.debug("Closing the journal reader failed", e);
                }
            }
        }
    }

    private RawLog decode(JournalRecord r) {
        try {
            return EventBinaryCodec.decodeRawLog(r.payload()).withSequence(r.position() + 1);
        } catch (EventFormatException e) {
            // Checksummed but unreadable: written by a newer uSIEM, say. Counted, and done, so it does not block the commit.
            LOG.error("Journal record {} is not a line this kernel can read: {}", r.position(), e.getMessage());
            drops.add("journal_undecodable", 1);
            completion.parsed(r.position() + 1, 0);
            return null;
        }
    }
}
