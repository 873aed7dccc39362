package io.usiem.connector.sysloginput.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate made by the JDK's own keytool, written out as the PEM files a user configures, and an
 * SSL context that trusts it. No crypto library is needed in the tests.
 */
final class TestCertificates {
    final Path certificate;
    final Path key;
    final KeyStore keyStore;

    private TestCertificates(Path certificate, Path key, KeyStore keyStore) {
        this.certificate = certificate;
        this.key = key;
        this.keyStore = keyStore;
    }

    static TestCertificates create(Path dir, String alias) throws IOException, GeneralSecurityException, InterruptedException {
        Path p12 = dir.resolve(alias + ".p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(keytool, "-genkeypair", "-keystore", p12.toString(), "-storetype", "PKCS12",
                "-storepass", "changeit", "-alias", alias, "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException("keytool failed: " + out);
        }
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p12)) {
            ks.load(in, "changeit".toCharArray());
        }
        PrivateKey pk = (PrivateKey) ks.getKey(alias, "changeit".toCharArray());
        Certificate cert = ks.getCertificate(alias);
        Path certFile = dir.resolve(alias + ".crt.pem");
        Path keyFile = dir.resolve(alias + ".key.pem");
        Files.write(certFile, List.of(pem("CERTIFICATE", cert.getEncoded())));
        Files.write(keyFile, List.of(pem("PRIVATE KEY", pk.getEncoded())));
        return new TestCertificates(certFile, keyFile, ks);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----";
    }

    /** @return a client context that trusts this certificate only */
    SSLContext trustingClient() throws GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(keyStore);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }
}
