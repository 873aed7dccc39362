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

import javax.net.ssl.KeyManagerFactory;
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

    private void keytool(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("-storepass", "changeit", "-noprompt"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), String.join(" ", args) + ": " + out);
    }

    private KeyStore load(Path p12) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(p12.toFile())) {
            ks.load(in, "changeit".toCharArray());
        }
        return ks;
    }

    private static String[] newKey(String alias, String dname, Path store, String... ext) {
        List<String> args = new ArrayList<>(List.of("-genkeypair", "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", dname, "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(), "-keypass", "changeit"));
        for (String e : ext) {
            args.addAll(List.of("-ext", e));
        }
        return args.toArray(String[]::new);
    }

    /** keytool makes a PKCS#12 key store; the JDK writes its certificate and PKCS#8 key as PEM files. */
    private KeyStore selfSigned() throws Exception {
        Path p12 = dir.resolve("server.p12");
        keytool(newKey("server", "CN=localhost", p12, "SAN=ip:127.0.0.1,dns:localhost"));
        KeyStore ks = load(p12);
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
    void clientCertificatesAuthenticateTheirCommonName() throws Exception {
        KeyStore server = selfSigned();
        Path ca = dir.resolve("ca.p12");
        keytool(newKey("ca", "CN=usiem test CA", ca, "bc:c"));
        keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", ca.toString(), "-file", dir.resolve("ca.pem").toString());
        Path client = dir.resolve("client.p12");
        keytool(newKey("client", "CN=filebeat01, O=acme", client));
        keytool("-certreq", "-alias", "client", "-keystore", client.toString(), "-file", dir.resolve("client.csr").toString());
        keytool("-gencert", "-alias", "ca", "-keystore", ca.toString(), "-infile", dir.resolve("client.csr").toString(),
                "-outfile", dir.resolve("client.crt").toString(), "-ext", "eku=clientAuth", "-validity", "2");
        keytool("-importcert", "-alias", "ca", "-keystore", client.toString(), "-file", dir.resolve("ca.pem").toString());
        keytool("-importcert", "-alias", "client", "-keystore", client.toString(), "-file", dir.resolve("client.crt").toString());

        HttpListener l = start("tls_certificate", dir.resolve("cert.pem").toString(), "tls_key", dir.resolve("key.pem").toString(),
                "tls_client_ca", dir.resolve("ca.pem").toString(), "auth_certificate_roles", "ingest", "auth_required_role", "ingest");
        URI uri = URI.create("https://127.0.0.1:" + l.localAddress().getPort() + "/_security/_authenticate");
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(load(client), "changeit".toCharArray());
        HttpClient withCert = client(server, kmf);
        HttpResponse<String> who = withCert.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, who.statusCode(), who.body());
        assertEquals("filebeat01", Json.object(who.body()).get("username"));
        assertEquals(List.of("ingest"), Json.object(who.body()).get("roles"));
        HttpRequest bulk = HttpRequest.newBuilder(uri.resolve("/_bulk")).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(ShipperBodies.filebeat(0, 2)))
                .build();
        assertEquals(200, withCert.send(bulk, HttpResponse.BodyHandlers.ofString()).statusCode());
        // tls.client.auth optional: without a certificate the request is anonymous, which lacks the ingest role.
        assertEquals(403, client(server, null).send(bulk, HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(2, ingest.lines.size());
    }

    private static HttpClient client(KeyStore server, KeyManagerFactory keys) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("server", server.getCertificate("server"));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(keys == null ? null : keys.getKeyManagers(), tmf.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(ssl).version(HttpClient.Version.HTTP_1_1).build();
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
