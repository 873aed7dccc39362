package io.usiem.connector.storelucene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.Event;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.api.search.CallerContext;
import io.usiem.api.search.Query;
import io.usiem.api.search.QueryParser;
import io.usiem.api.search.TimeRange;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 while indexing: the index opens, every acknowledged event is there, and the kernel's replay (everything
 * from the first unacknowledged sequence, and some acknowledged ones again) leaves each event exactly once.
 */
class StoreCrashTest {
    /** One reception time per sequence, as the journal gives a replayed event its original one. */
    private static final long BASE = TestEvents.at("2026-11-29T10:00:00Z");

    @TempDir
    Path dir;

    static StoreSettings settings(Path dir) {
        return new StoreSettings(dir, 24, 0, 0, 50, 400, 1000, 16);
    }

    static Event event(long seq) {
        long t = BASE + seq * 1_000_000L;
        return Event.builder("deny tcp 10.0.0." + (seq % 250) + " -> 192.168.0.1:22 seq=" + seq).sequence(seq)
                .receivedNanos(t).eventNanos(t).category(EventCategory.FIREWALL)
                .set(Fields.SOURCE_IP, IpAddress.parse("10.0.0." + (seq % 250))).set(Fields.EVENT_ACTION, "deny").build();
    }

    @Test
    void acknowledgedEventsSurviveKillDashNineAndReplayAddsNoDuplicates() throws Exception {
        long acked = runAndKill(1, 15);
        acked = Math.max(acked, runAndKill(acked + 1, 10));
        try (LuceneStore store = new LuceneStore(settings(dir), () -> BASE)) {
            CallerContext sys = CallerContext.system();
            long stored = store.count(sys, new Query.MatchAll(), TimeRange.all());
            long ackedStored = store.count(sys, QueryParser.parse("usiem.sequence:[1 TO " + acked + "]"), TimeRange.all());
            assertEquals(acked, ackedStored, "every acknowledged event is in the index");
            // the journal replays from its commit point, which may lag: replay the last 1000 acknowledged and more than
            // the child's window (8 batches of 200) past them, some of which were committed but not yet reported
            long beyond = 2000;
            assertTrue(stored <= acked + beyond, "stored " + stored + ", acknowledged " + acked);
            List<Event> replay = new ArrayList<>();
            for (long s = Math.max(1, acked - 999); s <= acked + beyond; s++) {
                replay.add(event(s));
            }
            store.write(replay);
            assertEquals(acked + beyond, store.count(sys, new Query.MatchAll(), TimeRange.all()),
                    "each event once after the replay (" + stored + " stored before it)");
            assertEquals(1, store.count(sys, QueryParser.parse("usiem.sequence:" + acked), TimeRange.all()));
        }
    }

    private Process start(long from) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                StoreCrashChild.class.getName(), dir.toString(), Long.toString(from))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** Runs the child until it acknowledged {@code acks} batches, kills it; @return the last sequence acknowledged. */
    private long runAndKill(long from, int acks) throws Exception {
        Process child = start(from);
        AtomicLong last = new AtomicLong(from - 1);
        CompletableFuture<Void> enough = new CompletableFuture<>();
        Thread pump = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
                int count = 0;
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("ACK ")) {
                        last.set(Long.parseLong(line.substring(4)));
                        if (++count == acks) {
                            enough.complete(null);
                        }
                    }
                }
                enough.completeExceptionally(new IllegalStateException("child ended after " + count + " acks"));
            } catch (Exception e) {
                enough.completeExceptionally(e);
            }
        });
        pump.start();
        try {
            enough.get(5, TimeUnit.MINUTES);
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(5, TimeUnit.MINUTES));
            pump.join(TimeUnit.MINUTES.toMillis(5));
        }
        assertEquals(137, child.exitValue(), "killed by SIGKILL while indexing");
        return last.get();
    }
}
