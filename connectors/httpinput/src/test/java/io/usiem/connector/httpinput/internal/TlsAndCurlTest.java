package io.usiem.connector.httpinput.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS with a self-signed certificate made by the JDK's keytool, and curl (when installed) as a second real client. */
class TlsAndCurlTest {
    private final RecordingIngest ingest = new RecordingIngest();
    private final List<HttpListener> listeners = new ArrayList<>();
    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        listeners.forEach(HttpListener::deactivate);
    }

    private HttpListener start(Object... config) throws InterruptedException {
        HttpListener l = new HttpListener(ingest, TestConfig.of(config));
        listeners.add(l);
        return l;
    }

    /** keytool makes a PKCS#12 key store; the JDK writes its certificate and PKCS#8 key as PEM files. */
    private KeyStore selfSigned() throws Exception {
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Path p12 = dir.resolve("server.p12");
        Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", p12.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), out);
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(p12.toFile())) {
            ks.load(in, "changeit".toCharArray());
        }
        Certificate cert = ks.getCertificate("server");
        Files.writeString(dir.resolve("cert.pem"), pem("CERTIFICATE", cert.getEncoded()));
        Files.writeString(dir.resolve("key.pem"), pem("PRIVATE KEY", ks.getKey("server", "changeit".toCharArray()).getEncoded()));
        return ks;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    @Test
    void httpsWithAPemCertificateAndKey() throws Exception {
        KeyStore ks = selfSigned();
        HttpListener l = start("tls_certificate", dir.resolve("cert.pem").toString(), "tls_key", dir.resolve("key.pem").toString(),
                "auth_api_keys", "fb:sha256:" + Authenticator.hash("k"));
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("server", ks.getCertificate("server"));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        HttpClient client = HttpClient.newBuilder().sslContext(ssl).version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create("https://127.0.0.1:" + l.localAddress().getPort() + "/_bulk");
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/x-ndjson").header("Authorization", "ApiKey " + HttpListenerTest.b64("fb:k"))
                .POST(HttpRequest.BodyPublishers.ofString(ShipperBodies.filebeat(0, 3))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(false, Json.object(r.body()).get("errors"));
        assertEquals(3, ingest.lines.size());
    }

    @Test
    void curlSendsAGzippedBulkFile() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")), "curl is not installed: skipped");
        HttpListener l = start();
        Path body = dir.resolve("bulk.ndjson.gz");
        Files.write(body, ShipperBodies.gzip(ShipperBodies.logstash(0, 100)));
        Process p = new ProcessBuilder("/usr/bin/curl", "-sS", "--max-time", "120", "-H", "Content-Type: application/x-ndjson",
                "-H", "Content-Encoding: gzip", "--data-binary", "@" + body, "-w", "\n%{http_code}",
                "http://127.0.0.1:" + l.localAddress().getPort() + "/_bulk").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        String[] parts = out.split("\n");
        assertEquals("200", parts[parts.length - 1], out);
        Map<String, Object> json = Json.object(parts[0]);
        assertEquals(false, json.get("errors"));
        assertEquals(100, ((List<?>) json.get("items")).size());
        assertEquals(100, ingest.lines.size());
    }
}
