package io.usiem.kernel.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.Event;
import io.usiem.api.input.InputStats;
import io.usiem.api.sink.EventSink;
import io.usiem.connector.sysloginput.internal.SyslogListener;
import io.usiem.connector.sysloginput.internal.TestListeners;
import io.usiem.kernel.internal.journal.FsyncMode;
import io.usiem.kernel.internal.journal.JournalConfig;
import io.usiem.kernel.internal.journal.SegmentJournal;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7's overload test, against the real pipeline engine and segment journal: a TCP sender offers far more than
 * the pipeline takes while its sink takes nothing (a store that stalled), then the sink resumes. While overloaded,
 * the journal fills to its cap, the listener holds at most its read-ahead window beyond what the journal took (so
 * memory stays bounded whatever is offered) and the sender is held back by TCP; UDP datagrams offered meanwhile are
 * dropped and counted by reason (journal_full in the listener, socket_buffer_full by the OS). Once the load ends,
 * every TCP line arrives exactly once, counted by sequence, and exactly the UDP lines the journal took.
 */
class SyslogOverloadTest {
    private static final int TCP_LINES = 60_000;
    private static final int UDP_DATAGRAMS = 3_000;
    private static final long JOURNAL_CAP = 1 << 20;

    @TempDir
    Path dir;

    /** Counts the test's lines by sequence; blocks every write until opened (a store that stopped taking events). */
    static final class GatedSink implements EventSink {
        final CountDownLatch open = new CountDownLatch(1);
        final BitSet tcp = new BitSet(TCP_LINES);
        final AtomicInteger tcpDistinct = new AtomicInteger();
        final AtomicInteger duplicates = new AtomicInteger();
        final AtomicInteger udp = new AtomicInteger();

        @Override
        public String name() {
            return "gated";
        }

        @Override
        public void write(List<Event> events) throws InterruptedException {
            open.await();
            for (Event e : events) {
                String raw = e.raw();
                int at = raw.indexOf(" seq=");
                if (at < 0) {
                    continue;
                }
                if (raw.startsWith("udp", at - 3)) {
                    udp.incrementAndGet();
                    continue;
                }
                int end = raw.indexOf(' ', at + 5);
                int seq = Integer.parseInt(raw.substring(at + 5, end));
                synchronized (tcp) {
                    if (tcp.get(seq)) {
                        duplicates.incrementAndGet();
                    } else {
                        tcp.set(seq);
                        tcpDistinct.incrementAndGet();
                    }
                }
            }
        }
    }

    private static StageSettings stage(String name, int max) {
        return new StageSettings(name, 256, 1, max, 64, 2, 5);
    }

    private static String line(String proto, int seq) {
        StringBuilder sb = new StringBuilder("<13>Nov 30 02:00:00 web01 overload[42]: ").append(proto).append(" seq=")
                .append(seq).append(' ');
        while (sb.length() < 199) {
            sb.append('x');
        }
        return sb.append('\n').toString();
    }

    @Test
    void tcpIsHeldBackWithBoundedMemoryAndLosesNothingWhileUdpDropsAreCounted() throws Exception {
        PipelineSettings s = new PipelineSettings(stage("parse", 2), stage("enrich", 1), stage("output", 1),
                stage("alert", 1), 20, new PipelineSettings.Parsers(1024, 0, 2000, 0),
                new PipelineSettings.Sinks(10, 200, 60_000, null));
        Plugins plugins = Plugins.create(s.parsers());
        SegmentJournal journal = SegmentJournal.open(JournalConfig.defaults(dir.resolve("journal"))
                .withSegmentBytes(128 << 10).withMaxBytes(JOURNAL_CAP).withFsync(FsyncMode.INTERVAL, 1 << 20, Duration.ofMillis(10)));
        PipelineEngine engine = new PipelineEngine(s, plugins, journal);
        GatedSink sink = new GatedSink();
        plugins.sinks().add(sink, 0, 10);
        engine.start();
        SyslogListener tcp = TestListeners.start(engine, "name", "overload-tcp", "protocol", "tcp");
        SyslogListener udp = TestListeners.start(engine, "name", "overload-udp", "protocol", "udp");
        AtomicLong sent = new AtomicLong();
        Thread sender = new Thread(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(TestListeners.address(tcp));
                OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 << 10);
                for (int i = 0; i < TCP_LINES; i++) {
                    out.write(line("tcp", i).getBytes(StandardCharsets.US_ASCII));
                    sent.incrementAndGet();
                }
                out.flush();
                // Half-close and wait for the listener to close: every byte written has then been read.
                socket.shutdownOutput();
                socket.getInputStream().read();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "overload-tcp-sender");
        sender.start();
        try {
            // Overloaded: the sink takes nothing, so the journal fills and TCP stops reading. Full means the next run
            // no longer fits, and a run can be a whole read-ahead window of lines, whose records (raw line and
            // message) take twice their bytes or more: on a loaded machine one such run was refused with the journal
            // only 361 KB full, and a wait for half of the cap never ended. A quarter of the cap is always reached
            // before a run can be refused (cap minus the largest run); UDP fills the rest below.
            await().atMost(Duration.ofMinutes(5)).conditionEvaluationListener(c -> {
                if (c.getElapsedTimeInMS() % 10_000 < 100) {
                    System.out.println("waiting for a full journal: " + journal.uncommittedBytes() + " bytes, " + tcp.stats());
                }
            }).until(() -> journal.uncommittedBytes() > JOURNAL_CAP / 4);
            long bound = 2L * (TestListeners.windowBytes() + (128 << 10)) / 200;
            await().atMost(Duration.ofMinutes(5)).during(Duration.ofSeconds(1)).until(() -> {
                long held = tcp.stats().received() - journal.appendedPosition();
                return held >= 0 && held <= bound && sender.isAlive() && journal.uncommittedBytes() <= JOURNAL_CAP;
            });
            long sentWhileFull = sent.get();
            assertTrue(sentWhileFull < TCP_LINES, "the sender was held back: " + sentWhileFull + " lines written");

            // UDP meanwhile: nothing can push back, so datagrams are dropped and counted.
            InetSocketAddress to = TestListeners.address(udp);
            try (DatagramSocket socket = new DatagramSocket()) {
                for (int i = 0; i < UDP_DATAGRAMS; i++) {
                    byte[] b = line("udp", i).getBytes(StandardCharsets.US_ASCII);
                    socket.send(new DatagramPacket(b, b.length, to));
                }
            }
            await().atMost(Duration.ofMinutes(1)).until(() -> udp.stats().received() + dropped(udp.stats(), "socket_buffer_full")
                    == UDP_DATAGRAMS);
            InputStats u = udp.stats();
            long journalFull = dropped(u, "journal_full");
            assertTrue(journalFull > 0, "UDP drops while the journal is full are counted: " + u);
            long udpJournaled = u.received() - journalFull;

            // The load ends: the sink takes again, and everything TCP sent arrives, once.
            sink.open.countDown();
            await().atMost(Duration.ofMinutes(5)).until(() -> sink.tcpDistinct.get() == TCP_LINES);
            sender.join(Duration.ofMinutes(1).toMillis());
            await().atMost(Duration.ofMinutes(1)).until(() -> sink.udp.get() == udpJournaled);
            assertEquals(0, sink.duplicates.get(), "no TCP line twice");
            assertEquals(TCP_LINES, tcp.stats().received());
            assertEquals(0, tcp.stats().dropped().values().stream().mapToLong(Long::longValue).sum(), "no TCP drops: " + tcp.stats());
            System.out.printf("overload: %d TCP lines sent when the journal was full; UDP %s; %d UDP lines journaled%n",
                    sentWhileFull, u.dropped(), udpJournaled);
        } finally {
            sink.open.countDown();
            TestListeners.stop(tcp);
            TestListeners.stop(udp);
            engine.stop(10_000);
            journal.close();
        }
    }

    private static long dropped(InputStats stats, String reason) {
        Long n = stats.dropped().get(reason);
        return n == null ? 0 : n;
    }
}
