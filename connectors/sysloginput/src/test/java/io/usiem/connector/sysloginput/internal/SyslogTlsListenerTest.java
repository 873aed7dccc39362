package io.usiem.connector.sysloginput.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.Fields;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.SSLSocket;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RFC 5425 listeners with PEM files made by keytool, fed by the JDK's TLS client over loopback. */
class SyslogTlsListenerTest {
    @TempDir
    static Path dir;
    static TestCertificates server;

    private final RecordingIngest ingest = new RecordingIngest();
    private final List<SyslogListener> listeners = new ArrayList<>();

    @BeforeAll
    static void certificates() throws Exception {
        org.awaitility.Awaitility.setDefaultTimeout(Duration.ofSeconds(60));
        org.awaitility.Awaitility.setDefaultPollInterval(Duration.ofMillis(10));
        server = TestCertificates.create(dir, "server");
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

    private SyslogListener startTls(Object... more) throws InterruptedException {
        List<Object> c = new ArrayList<>(List.of("name", "syslog-tls", "protocol", "tls",
                "tls_certificate", server.certificate.toString(), "tls_key", server.key.toString()));
        c.addAll(List.of(more));
        return start(c.toArray());
    }

    @Test
    void octetCountedMessagesOverTls() throws Exception {
        SyslogListener l = startTls();
        String a = "<165>1 2026-11-29T10:00:00Z gw01 app 1 ID47 [exampleSDID@32473 iut=\"3\"] over TLS";
        String b = "<34>Oct 11 22:14:15 mymachine su: second\nline";
        try (SSLSocket s = tlsConnect(l)) {
            write(s, frame(a) + frame(b));
            await().until(() -> ingest.lines.size() == 2);
        }
        assertEquals(List.of(a, b), ingest.originals());
        assertEquals("over TLS", ingest.lines.get(0).message());
        assertEquals("gw01", ingest.lines.get(0).header().get(Fields.LOG_SYSLOG_HOSTNAME));
        assertEquals("syslog-tls", l.stats().type());
        assertEquals(2, l.stats().received());
    }

    @Test
    void aBurstFollowedByCloseIsReadToTheEnd() throws Exception {
        SyslogListener l = startTls();
        StringBuilder burst = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            burst.append(frame("<13>1 - host app - - - burst " + i + " " + "x".repeat(250)));
        }
        try (SSLSocket s = tlsConnect(l)) {
            write(s, burst.toString());
        }
        await().alias("received " + l.stats()).until(() -> ingest.lines.size() == 5000);
    }

    @Test
    void plainTextOnTheTlsPortIsCountedAndClosed() throws Exception {
        SyslogListener l = startTls();
        try (Socket s = new Socket()) {
            s.connect(l.localAddress());
            write(s, "<13>Mar  5 17:32:18 gw01 kernel: not encrypted\n".repeat(20));
            s.setSoTimeout(60_000);
            InputStream in = s.getInputStream();
            // The server answers with a TLS alert or just closes: either way the stream ends.
            while (in.read() != -1) {
                // drain the alert
            }
        }
        await().until(() -> l.stats().dropped().getOrDefault(ListenerCounters.TLS_ERROR, 0L) == 1L);
        assertTrue(ingest.lines.isEmpty(), "nothing read from a connection that never agreed on TLS");
    }

    @Test
    void requiredClientCertificateRefusesAnonymousClients() throws Exception {
        TestCertificates ca = TestCertificates.create(dir, "clientca");
        SyslogListener l = startTls("tls_client_auth", "require", "tls_client_ca", ca.certificate.toString());
        try (SSLSocket s = tlsConnect(l)) {
            assertThrows(IOException.class, () -> {
                write(s, frame("<13>1 - h a - - - anonymous"));
                s.getInputStream().read();
            });
        }
        await().until(() -> l.stats().dropped().getOrDefault(ListenerCounters.TLS_ERROR, 0L) == 1L);
        assertTrue(ingest.lines.isEmpty());
    }

    @Test
    void withoutCertificateTheListenerWaitsAndSaysSo() throws Exception {
        SyslogListener l = start("protocol", "tls");
        assertNull(l.localAddress(), "no certificate: not listening");
        assertEquals("syslog-tls", l.stats().type());
    }

    @Test
    void badTlsConfigurationFailsActivationWithTheReason() {
        IllegalArgumentException onlyCert = assertThrows(IllegalArgumentException.class,
                () -> start("protocol", "tls", "tls_certificate", server.certificate.toString()));
        assertTrue(onlyCert.getMessage().contains("tls.key"), onlyCert.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> start("protocol", "tls", "tls_certificate", "/nonexistent.pem", "tls_key", server.key.toString()));
        assertTrue(missing.getMessage().contains("/nonexistent.pem"), missing.getMessage());
        IllegalArgumentException swapped = assertThrows(IllegalArgumentException.class,
                () -> start("protocol", "tls", "tls_certificate", server.key.toString(), "tls_key", server.certificate.toString()));
        assertTrue(swapped.getMessage().contains("cannot use the TLS certificate"), swapped.getMessage());
        IllegalArgumentException auth = assertThrows(IllegalArgumentException.class,
                () -> startTls("tls_client_auth", "require"));
        assertTrue(auth.getMessage().contains("tls.client.ca"), auth.getMessage());
    }

    private static SSLSocket tlsConnect(SyslogListener l) throws Exception {
        InetSocketAddress a = l.localAddress();
        SSLSocket s = (SSLSocket) server.trustingClient().getSocketFactory().createSocket(a.getAddress(), a.getPort());
        s.setSoTimeout(60_000);
        return s;
    }

    private static String frame(String msg) {
        return msg.getBytes(StandardCharsets.UTF_8).length + " " + msg;
    }

    private static void write(Socket s, String text) throws IOException {
        OutputStream out = s.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
