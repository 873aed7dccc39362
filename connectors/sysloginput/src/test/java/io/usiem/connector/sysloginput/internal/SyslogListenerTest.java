package io.usiem.connector.sysloginput.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.Event;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.api.event.Tags;
import io.usiem.api.parser.RawLog;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Listeners on loopback (ephemeral ports) fed through real sockets; the fake ingest records what arrived. */
class SyslogListenerTest {
    private final RecordingIngest ingest = new RecordingIngest();
    private final List<SyslogListener> listeners = new ArrayList<>();

    @BeforeAll
    static void generousWaits() {
        // A loaded 2-core CI machine: wait on conditions, long.
        org.awaitility.Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
        org.awaitility.Awaitility.setDefaultPollInterval(Duration.ofMillis(10));
    }

    @AfterEach
    void stop() {
        listeners.forEach(SyslogListener::deactivate);
    }

    private SyslogListener start(Object... config) throws InterruptedException {
        SyslogListener l = new SyslogListener(ingest, TestConfig.of(config));
        listeners.add(l);
        return l;
    }

    @Test
    void udpDatagramsBecomeLinesWithHeaderFieldsAndOrigin() throws Exception {
        SyslogListener l = start("name", "fw-udp", "protocol", "udp", "source_type", "syslog", "tenant", "acme");
        String line = "<34>1 2026-03-05T17:32:18.5Z gw01 sshd 77 AUTH - Accepted password for bob";
        sendUdp(l, line + "\n");
        sendUdp(l, "plain words, no header");
        await().until(() -> ingest.lines.size() == 2);

        RawLog raw = find(line);
        assertEquals("Accepted password for bob", raw.message());
        assertEquals("fw-udp", raw.input());
        assertEquals("syslog", raw.sourceType());
        assertEquals("acme", raw.tenant());
        assertNull(raw.originHost(), "the origin is the peer; the header's host is log content");
        assertEquals(IpAddress.parse("127.0.0.1"), raw.originIp());
        Event h = raw.header();
        assertEquals("gw01", h.get(Fields.LOG_SYSLOG_HOSTNAME));
        assertEquals(34L, h.get(Fields.LOG_SYSLOG_PRIORITY));
        assertEquals(4L, h.get(Fields.LOG_SYSLOG_FACILITY_CODE));
        assertEquals(2L, h.get(Fields.LOG_SYSLOG_SEVERITY_CODE));
        assertEquals("sshd", h.get(Fields.LOG_SYSLOG_APPNAME));
        assertEquals("77", h.get(Fields.LOG_SYSLOG_PROCID));
        assertEquals("AUTH", h.get(Fields.LOG_SYSLOG_MSGID));
        assertEquals(Instant.parse("2026-03-05T17:32:18.5Z").toEpochMilli() * 1_000_000L, h.eventNanos());

        RawLog plain = find("plain words, no header");
        assertEquals("plain words, no header", plain.message());
        assertNull(plain.originHost());
        assertEquals(0, plain.header().fieldCount());
        assertEquals(2, l.stats().received());
        assertEquals("syslog-udp", l.stats().type());
    }

    @Test
    void udpDatagramsPackedWithSeveralMessagesAreSplitAndAMultiLineMessageIsNot() throws Exception {
        SyslogListener l = start("protocol", "udp");
        // As a batching sender writes them: one message per line, LF or CRLF, the last line ended or not.
        String packed = "<13>Nov 30 02:00:00 web01 app: one\n<14>1 2026-11-30T02:00:01Z web01 app - - - two\r\n"
                + "<191>Nov 30 02:00:02 web01 app: three\n";
        String trace = "<11>Nov 30 02:00:03 web01 java: Exception in thread main\n\tat a.B.c(B.java:1)\n<not a priority>";
        sendUdp(l, packed);
        sendUdp(l, trace);
        await().until(() -> ingest.lines.size() == 4);
        assertEquals("one", find("<13>Nov 30 02:00:00 web01 app: one").message());
        assertEquals("two", find("<14>1 2026-11-30T02:00:01Z web01 app - - - two").message());
        assertEquals("three", find("<191>Nov 30 02:00:02 web01 app: three").message());
        assertEquals("Exception in thread main\n\tat a.B.c(B.java:1)\n<not a priority>", find(trace).message());
        assertEquals(4, l.stats().received(), "each message counts");
        assertEquals(packed.length() + trace.length(), l.stats().bytes());
    }

    @Test
    void udpSplitLinesSplitsEveryLineAndOffKeepsTheDatagram() throws Exception {
        SyslogListener lines = start("protocol", "udp", "udp_split", "lines");
        SyslogListener off = start("protocol", "udp", "udp_split", "off");
        sendUdp(lines, "first line\n\nsecond line\r\nthird");
        await().until(() -> ingest.lines.size() == 3);
        assertEquals(List.of("first line", "second line", "third"), ingest.lines.stream().map(RawLog::original).toList());
        sendUdp(off, "<13>Nov 30 02:00:00 h a: one\n<13>Nov 30 02:00:00 h a: two\n");
        await().until(() -> ingest.lines.size() == 4);
        assertEquals("<13>Nov 30 02:00:00 h a: one\n<13>Nov 30 02:00:00 h a: two", ingest.lines.get(3).original());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> start("protocol", "udp", "udp_split", "sometimes"));
        assertTrue(e.getMessage().contains("udp.split must be auto, lines or off"), e.getMessage());
    }

    @Test
    void aPackedDatagramCutAtMaxFrameBytesTagsOnlyItsLastMessage() throws Exception {
        SyslogListener l = start("protocol", "udp", "max_frame_bytes", 64);
        sendUdp(l, "<13>Nov 30 02:00:00 h a: short\n<13>Nov 30 02:00:00 h a: " + "x".repeat(100));
        await().until(() -> ingest.lines.size() == 2);
        assertFalse(ingest.lines.get(0).header().tags().contains(Tags.TRUNCATED));
        assertTrue(ingest.lines.get(1).header().tags().contains(Tags.TRUNCATED));
        assertEquals(64, ingest.lines.get(0).original().length() + 1 + ingest.lines.get(1).original().length());
    }

    @Test
    void udpOversizeIsTruncatedAndFullJournalIsCounted() throws Exception {
        SyslogListener l = start("protocol", "udp", "max_frame_bytes", 100);
        sendUdp(l, "z".repeat(300));
        await().until(() -> ingest.lines.size() == 1);
        assertEquals("z".repeat(100), ingest.lines.get(0).original());
        assertTrue(ingest.lines.get(0).header().tags().contains(Tags.TRUNCATED));

        ingest.full = true;
        sendUdp(l, "dropped");
        await().until(() -> l.stats().dropped().getOrDefault(ListenerCounters.JOURNAL_FULL, 0L) == 1L);
        assertEquals(1, ingest.lines.size());
    }

    @Test
    void datagramsTheOsDroppedAreCountedAsSocketBufferFull() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isReadable(java.nio.file.Path.of("/proc/net/udp")),
                "the OS's UDP drop counter is read from Linux's /proc/net/udp");
        SyslogListener l = start("protocol", "udp", "receive_buffer_bytes", 1024);
        ingest.udpGate = new java.util.concurrent.CountDownLatch(1);
        for (int i = 0; i < 200; i++) {
            sendUdp(l, "burst " + i + " " + "p".repeat(300));
        }
        ingest.udpGate.countDown();
        // Every datagram is either handed over or counted: none vanishes.
        await().alias("stats " + l.stats()).until(() -> l.stats().received()
                + l.stats().dropped().getOrDefault(ListenerCounters.SOCKET_BUFFER_FULL, 0L) == 200);
        assertTrue(l.stats().dropped().get(ListenerCounters.SOCKET_BUFFER_FULL) > 0, l.stats().toString());
        assertEquals(l.stats().received(), ingest.lines.size());
    }

    @Test
    void tcpNewlineFraming() throws Exception {
        SyslogListener l = start("protocol", "tcp");
        try (Socket s = connect(l)) {
            write(s, "<13>Mar  5 17:32:18 gw01 kernel: one\n<13>Mar  5 17:32:19 gw01 kernel: two\r\n");
            await().until(() -> ingest.lines.size() == 2);
        }
        assertEquals(List.of("<13>Mar  5 17:32:18 gw01 kernel: one", "<13>Mar  5 17:32:19 gw01 kernel: two"),
                ingest.originals());
        assertEquals("one", ingest.lines.get(0).message());
        assertEquals("kernel", ingest.lines.get(0).header().get(Fields.LOG_SYSLOG_APPNAME));
        assertEquals("gw01", ingest.lines.get(0).header().get(Fields.LOG_SYSLOG_HOSTNAME));
        assertEquals("syslog-tcp", l.stats().type());
    }

    @Test
    void tcpOctetCountingWithMessagesContainingNewlines() throws Exception {
        SyslogListener l = start("protocol", "tcp");
        String a = "<13>1 - host app - - - multi\nline";
        String b = "<13>1 - host app - - - second";
        try (Socket s = connect(l)) {
            write(s, a.length() + " " + a + b.length() + " " + b);
            await().until(() -> ingest.lines.size() == 2);
        }
        assertEquals(List.of(a, b), ingest.originals());
        assertEquals("multi\nline", ingest.lines.get(0).message());
    }

    @Test
    void tcpFramesSplitAcrossWrites() throws Exception {
        SyslogListener l = start("protocol", "tcp");
        String a = "<13>1 - host app - - - first";
        String stream = a.length() + " " + a + "5 <13>x";
        try (Socket s = connect(l)) {
            s.setTcpNoDelay(true);
            for (byte b : stream.getBytes(StandardCharsets.UTF_8)) {
                s.getOutputStream().write(b);
                s.getOutputStream().flush();
            }
            await().until(() -> ingest.lines.size() == 2);
        }
        assertEquals(List.of(a, "<13>x"), ingest.originals());
        assertEquals(stream.length() - 3 - 2, l.stats().bytes()); // the length prefixes are not counted
    }

    @Test
    void tcpOversizeTruncatedAndInvalidUtf8KeptAndTagged() throws Exception {
        SyslogListener l = start("protocol", "tcp", "max_frame_bytes", 64);
        try (Socket s = connect(l)) {
            OutputStream out = s.getOutputStream();
            out.write(("q".repeat(200) + "\n").getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[] {'b', 'a', 'd', ' ', (byte) 0xC3, (byte) 0x28, ' ', 'x', '\n'});
            out.write("ok \uFFFD real replacement char\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            await().until(() -> ingest.lines.size() == 3);
        }
        RawLog big = ingest.lines.get(0);
        assertEquals("q".repeat(64), big.original());
        assertTrue(big.header().tags().contains(Tags.TRUNCATED));
        RawLog bad = ingest.lines.get(1);
        assertEquals("bad \uFFFD( x", bad.original());
        assertTrue(bad.header().tags().contains(Tags.INVALID_UTF8));
        assertFalse(ingest.lines.get(2).header().tags().contains(Tags.INVALID_UTF8));
    }

    @Test
    void connectionsPastTheLimitAreClosedAndCounted() throws Exception {
        SyslogListener l = start("protocol", "tcp", "max_connections", 1);
        try (Socket first = connect(l)) {
            await().until(() -> l.stats().connections() == 1);
            try (Socket second = connect(l)) {
                assertClosedByPeer(second);
            }
            await().until(() -> l.stats().dropped().getOrDefault(ListenerCounters.CONNECTIONS_REFUSED, 0L) == 1L);
            write(first, "still served\n");
            await().until(() -> ingest.lines.size() == 1);
        }
        await().until(() -> l.stats().connections() == 0);
    }

    @Test
    void stoppingKernelClosesTheConnectionAndCountsTheLines() throws Exception {
        SyslogListener l = start("protocol", "tcp");
        ingest.stopping = true;
        try (Socket s = connect(l)) {
            write(s, "a\nb\n");
            assertClosedByPeer(s);
        }
        await().until(() -> l.stats().dropped().getOrDefault(ListenerCounters.KERNEL_STOPPING, 0L) == 2L);
    }

    @Test
    void aConnectionReadsOnlyAfterItsLastRunIsDurable() throws Exception {
        SyslogListener l = start("protocol", "tcp");
        ingest.hold = true;
        try (Socket s = connect(l)) {
            write(s, "a\n");
            await().until(() -> ingest.held.size() == 1);
            write(s, "b\nc\n");
            // b and c may come in one run or two: release each run as it comes.
            await().until(() -> {
                ingest.releaseAll();
                return ingest.lines.size() == 3;
            });
        }
        assertEquals(List.of("a", "b", "c"), ingest.originals());
        assertEquals(0, ingest.overlapping.get());
    }

    @Test
    void aConnectionReadsAheadOneWindowWhileARunIsInFlightThenStops() throws Exception {
        SyslogListener l = start("protocol", "tcp");
        ingest.hold = true;
        String line = "y".repeat(999) + "\n";
        int count = 4 * TcpIngestHandler.WINDOW_BYTES / line.length();
        try (Socket s = connect(l)) {
            write(s, "first\n");
            await().until(() -> ingest.held.size() == 1);
            Thread writer = new Thread(() -> {
                try {
                    write(s, line.repeat(count));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            writer.start();
            // While "first" is not durable the connection reads on, but only one window ahead...
            await().until(() -> l.stats().bytes() >= TcpIngestHandler.WINDOW_BYTES);
            assertEquals(1, ingest.held.size(), "one run in flight per connection");
            assertTrue(l.stats().bytes() < 3L * TcpIngestHandler.WINDOW_BYTES, "read-ahead is bounded: " + l.stats());
            // ...and everything arrives once the runs are durable.
            await().until(() -> {
                ingest.releaseAll();
                return ingest.lines.size() == count + 1;
            });
            writer.join();
        }
        assertEquals(0, ingest.overlapping.get());
        assertEquals("first", ingest.lines.get(0).original());
    }

    @Test
    void oversizeRejectDropsAndCounts() throws Exception {
        SyslogListener l = start("protocol", "tcp", "max_frame_bytes", 100, "oversize", "reject");
        try (Socket s = connect(l)) {
            write(s, "short\n" + "z".repeat(500) + "\nafter\n");
            await().until(() -> ingest.lines.size() == 2);
        }
        assertEquals(List.of("short", "after"), ingest.originals());
        assertEquals(1L, l.stats().dropped().get(ListenerCounters.OVERSIZE));
        SyslogListener u = start("protocol", "udp", "max_frame_bytes", 100, "oversize", "reject");
        sendUdp(u, "z".repeat(300));
        await().until(() -> u.stats().dropped().getOrDefault(ListenerCounters.OVERSIZE, 0L) == 1L);
        assertEquals(2, ingest.lines.size());
    }

    @Test
    void journalFailureClosesTheConnectionAndCountsTheRun() throws Exception {
        SyslogListener l = start("protocol", "tcp");
        ingest.hold = true;
        try (Socket s = connect(l)) {
            write(s, "a\n");
            await().until(() -> ingest.held.size() == 1);
            ingest.held.get(0).completeExceptionally(new java.io.IOException("disk full (test)"));
            assertClosedByPeer(s);
        }
        await().until(() -> l.stats().dropped().getOrDefault(ListenerCounters.JOURNAL_ERROR, 0L) == 1L);
    }

    @Test
    void invalidConfigurationFailsActivationWithTheReason() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> start("protocol", "sctp"));
        assertTrue(e.getMessage().contains("protocol must be udp, tcp, tls or relp"), e.getMessage());
        IllegalArgumentException oversize = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> start("protocol", "tcp", "oversize", "ignore"));
        assertTrue(oversize.getMessage().contains("oversize must be truncate or reject"), oversize.getMessage());
    }

    @Test
    void idleConnectionsAreClosed() throws Exception {
        SyslogListener l = start("protocol", "tcp", "idle_timeout_seconds", 1);
        try (Socket s = connect(l)) {
            assertClosedByPeer(s);
        }
    }

    private RawLog find(String original) {
        return ingest.lines.stream().filter(r -> r.original().equals(original)).findFirst().orElseThrow();
    }

    private static void sendUdp(SyslogListener l, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try (DatagramSocket s = new DatagramSocket()) {
            s.send(new DatagramPacket(bytes, bytes.length, new InetSocketAddress("127.0.0.1", l.localAddress().getPort())));
        }
    }

    private static Socket connect(SyslogListener l) throws IOException {
        Socket s = new Socket("127.0.0.1", l.localAddress().getPort());
        s.setSoTimeout(30_000);
        return s;
    }

    private static void write(Socket s, String text) throws IOException {
        s.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        s.getOutputStream().flush();
    }

    /** Blocks (up to the socket timeout) until the listener closes the connection. */
    private static void assertClosedByPeer(Socket s) throws IOException {
        InputStream in = s.getInputStream();
        try {
            assertEquals(-1, in.read());
        } catch (SocketException e) {
            // a reset is a close too
        }
    }
}
