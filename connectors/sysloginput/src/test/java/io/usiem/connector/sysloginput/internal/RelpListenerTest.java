package io.usiem.connector.sysloginput.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.Fields;
import io.usiem.api.event.Tags;
import io.usiem.api.parser.RawLog;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RELP listeners: hand-built sessions over a socket, and rsyslog's omrelp as the real client. */
class RelpListenerTest {
    private final RecordingIngest ingest = new RecordingIngest();
    private final List<SyslogListener> listeners = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void generousWaits() {
        org.awaitility.Awaitility.setDefaultTimeout(Duration.ofSeconds(60));
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

    private static String frame(long txnr, String command, String data) {
        int n = data.getBytes(StandardCharsets.UTF_8).length;
        return txnr + " " + command + " " + n + (n > 0 ? " " + data : "") + "\n";
    }

    @Test
    void aSessionIsOfferedSyslogAndAcknowledgedOnlyOnceJournaled() throws Exception {
        SyslogListener l = start("name", "relp", "protocol", "relp", "max_frame_bytes", 100);
        ingest.hold = true;
        try (Socket s = new Socket("127.0.0.1", l.localAddress().getPort())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            out.write(frame(1, "open", "relp_version=0\nrelp_software=test\ncommands=syslog").getBytes(StandardCharsets.UTF_8));
            out.flush();
            assertEquals("1 rsp 57 200 OK", in.readLine());
            assertEquals("relp_version=0", in.readLine());
            assertEquals("relp_software=usiem", in.readLine());
            assertEquals("commands=syslog", in.readLine());

            String a = "<34>1 2026-11-30T02:00:00Z gw01 sshd 77 - - Accepted password for bob";
            String b = "<13>Nov 30 02:00:01 web01 app: " + "x".repeat(200);
            out.write((frame(2, "syslog", a) + frame(3, "syslog", b)).getBytes(StandardCharsets.UTF_8));
            out.flush();
            await().until(() -> ingest.lines.size() == 2);
            assertEquals(0, s.getInputStream().available(), "nothing acknowledged before the journal holds it");
            ingest.releaseAll();
            assertEquals("2 rsp 6 200 OK", in.readLine());
            assertEquals("3 rsp 6 200 OK", in.readLine());

            RawLog first = ingest.lines.get(0);
            assertEquals("Accepted password for bob", first.message());
            assertEquals("gw01", first.header().get(Fields.LOG_SYSLOG_HOSTNAME));
            assertEquals("relp", first.input());
            assertTrue(ingest.lines.get(1).header().tags().contains(Tags.TRUNCATED));
            assertEquals(100, ingest.lines.get(1).original().length());

            out.write((frame(4, "nonsense", "") + frame(5, "close", "")).getBytes(StandardCharsets.UTF_8));
            out.flush();
            assertEquals("4 rsp 28 500 unknown command nonsense", in.readLine());
            assertEquals("5 rsp 0", in.readLine());
            assertEquals(null, in.readLine(), "closed after answering close");
        }
        assertEquals(2, l.stats().received());
        assertEquals("syslog-relp", l.stats().type());
    }

    @Test
    void garbageClosesTheConnectionAndIsCounted() throws Exception {
        SyslogListener l = start("protocol", "relp");
        try (Socket s = new Socket("127.0.0.1", l.localAddress().getPort())) {
            s.setSoTimeout(30_000);
            s.getOutputStream().write("GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertEquals(-1, s.getInputStream().read());
        }
        await().until(() -> l.stats().dropped().getOrDefault(ListenerCounters.FRAMING_ERROR, 0L) == 1L);
    }

    /** rsyslog's omrelp (Debian rsyslog-relp) reads a file and sends every line over RELP; skipped when absent. */
    @Test
    void rsyslogOmrelpDeliversEveryLine() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/sbin/rsyslogd"))
                && List.of("/usr/lib/x86_64-linux-gnu/rsyslog/omrelp.so", "/usr/lib/aarch64-linux-gnu/rsyslog/omrelp.so",
                        "/usr/lib/rsyslog/omrelp.so").stream().anyMatch(p -> Files.exists(Path.of(p))),
                "rsyslogd with omrelp (apt-get install rsyslog-relp) is not installed: skipped");
        SyslogListener l = start("name", "relp", "protocol", "relp");
        int n = 2_000;
        Files.write(dir.resolve("in.log"), IntStream.range(0, n).mapToObj(i -> "relp line #" + i).toList(),
                StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("work"));
        Files.writeString(dir.resolve("rsyslog.conf"), String.join("\n",
                "global(workDirectory=\"" + dir.resolve("work") + "\")",
                "module(load=\"imfile\")",
                "module(load=\"omrelp\")",
                "input(type=\"imfile\" File=\"" + dir.resolve("in.log") + "\" Tag=\"relptest:\")",
                "action(type=\"omrelp\" target=\"127.0.0.1\" port=\"" + l.localAddress().getPort() + "\")", ""));
        Process rsyslog = new ProcessBuilder("/usr/sbin/rsyslogd", "-n", "-f", dir.resolve("rsyslog.conf").toString(), "-i",
                dir.resolve("rsyslog.pid").toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("rsyslog.out").toFile()).start();
        try {
            await().atMost(Duration.ofMinutes(2)).until(() -> ingest.lines.size() >= n);
            List<String> got = ingest.lines.stream().map(RawLog::message).toList();
            assertEquals(IntStream.range(0, n).mapToObj(i -> "relp line #" + i).toList(), got, "every line once, in order");
            assertEquals("relptest", ingest.lines.get(0).header().get(Fields.LOG_SYSLOG_APPNAME));
        } finally {
            rsyslog.destroy();
            rsyslog.waitFor();
        }
        assertEquals(n, l.stats().received());
    }

}
