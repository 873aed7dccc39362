package io.usiem.connector.sysloginput.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.usiem.api.event.Fields;
import io.usiem.api.parser.RawLog;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clients users really point at a syslog server: util-linux {@code logger} and syslog-ng's {@code loggen}
 * (Debian package syslog-ng-core, installed by .ci/run). Each test skips, saying why, when its client is absent.
 */
class RealSyslogClientsTest {
    @TempDir
    static Path dir;

    private final RecordingIngest ingest = new RecordingIngest();
    private final List<SyslogListener> listeners = new ArrayList<>();

    @BeforeAll
    static void generousWaits() {
        org.awaitility.Awaitility.setDefaultTimeout(Duration.ofSeconds(120));
        org.awaitility.Awaitility.setDefaultPollInterval(Duration.ofMillis(20));
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
    void loggerOverUdpRfc3164() throws Exception {
        SyslogListener l = start("protocol", "udp");
        run("logger", "-n", "127.0.0.1", "-P", port(l), "-d", "--rfc3164", "-t", "backup", "-p", "auth.warning",
                "nightly backup failed for /srv");
        await().until(() -> ingest.lines.size() == 1);
        RawLog raw = ingest.lines.get(0);
        assertEquals("nightly backup failed for /srv", raw.message());
        assertEquals("backup", raw.header().get(Fields.LOG_SYSLOG_APPNAME));
        assertEquals(4L * 8 + 4, raw.header().get(Fields.LOG_SYSLOG_PRIORITY));
    }

    @Test
    void loggerOverTcpRfc5424OctetCounted() throws Exception {
        SyslogListener l = start("protocol", "tcp");
        run("logger", "-n", "127.0.0.1", "-P", port(l), "-T", "--rfc5424", "--octet-count", "-t", "deploy",
                "--msgid", "REL1", "release 4.2\nwith a second line");
        await().until(() -> ingest.lines.size() == 1);
        RawLog raw = ingest.lines.get(0);
        assertEquals("release 4.2\nwith a second line", raw.message());
        assertEquals("deploy", raw.header().get(Fields.LOG_SYSLOG_APPNAME));
        assertEquals("REL1", raw.header().get(Fields.LOG_SYSLOG_MSGID));
    }

    @Test
    void loggenOverTcp() throws Exception {
        SyslogListener l = start("protocol", "tcp");
        run("loggen", "-i", "-S", "-P", "-r", "100000", "-n", "2000", "-I", "600", "-s", "300", "127.0.0.1", port(l));
        await().until(() -> ingest.lines.size() == 2000);
        assertLoggenLines();
    }

    @Test
    void loggenOverUdp() throws Exception {
        SyslogListener l = start("protocol", "udp");
        // A modest rate: UDP has no back-pressure, and this checks framing, not the socket buffer.
        // 100 datagrams fit in even the smallest default receive buffer (Linux: 208 KiB, about 1.3 KiB per datagram),
        // so none is lost when the listener is slow to read on a loaded machine.
        run("loggen", "-i", "-D", "-r", "2000", "-n", "100", "-I", "600", "-s", "300", "127.0.0.1", port(l));
        await().alias("received " + l.stats()).until(() -> ingest.lines.size() == 100);
        assertEquals(100, l.stats().received());
        assertLoggenLines();
    }

    @Test
    void loggenOverTls() throws Exception {
        TestCertificates cert = TestCertificates.create(dir, "loggen");
        SyslogListener l = start("protocol", "tls", "tls_certificate", cert.certificate.toString(),
                "tls_key", cert.key.toString());
        // loggen's TLS plug-in (-U) replaces the socket plug-in (-i -S); it does not verify the server certificate.
        run("loggen", "-U", "-P", "-r", "100000", "-n", "2000", "-I", "600", "-s", "300", "127.0.0.1", port(l));
        await().until(() -> ingest.lines.size() == 2000);
        assertLoggenLines();
        assertEquals(0, l.stats().dropped().size(), l.stats().dropped().toString());
    }

    private void assertLoggenLines() {
        for (RawLog raw : ingest.lines) {
            // loggen names its program prg00000 (one per thread) and numbers its messages.
            assertTrue(String.valueOf(raw.header().get(Fields.LOG_SYSLOG_APPNAME)).startsWith("prg"), raw.original());
            assertTrue(raw.message().contains("seq: "), raw.message());
        }
    }

    private static String port(SyslogListener l) {
        return Integer.toString(l.localAddress().getPort());
    }

    private static void run(String... command) throws IOException, InterruptedException {
        assumeTrue(onPath(command[0]), command[0] + " is not installed (Debian: util-linux / syslog-ng-core); skipped");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), String.join(" ", command) + " did not end");
        assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + out);
    }

    private static boolean onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (new File(d, program).canExecute()) {
                return true;
            }
        }
        return false;
    }
}
