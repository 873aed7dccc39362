package io.usiem.parser.webserver.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Every line that the real Apache 2.4.71 and nginx 1.22.1 of fixtures/README.md wrote parses. */
class FixtureTest {
    private static void allParse(WebServerParser parser, String file, int expectedLines) throws IOException {
        // Lenient decoding: nginx writes a TLS handshake sent to a plain port as raw bytes into its error log.
        String text = new String(Files.readAllBytes(Path.of("src/test/resources/fixtures", file)), StandardCharsets.UTF_8);
        int n = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith("AH00016: Configuration Failed")) {
                continue; // httpd writes this bare line (no time, no level) when its configuration fails
            }
            ParseResult r = parser.parse(RawLog.of(line));
            assertTrue(r.isParsed(), file + ": " + r.kind() + " " + r.reason() + ": " + line);
            assertEquals(line, r.events().get(0).raw());
            n++;
        }
        assertEquals(expectedLines, n, file);
    }

    @Test
    void apacheFixturesParse() throws IOException {
        WebServerParser apache = Parsers.apache(ZoneOffset.UTC);
        allParse(apache, "apache-access-combined.log", 14);
        allParse(apache, "apache-access-common.log", 14);
        allParse(apache, "apache-access-vhost.log", 14);
        allParse(apache, "apache-access-timed.log", 14);
        allParse(apache, "apache-error.log", 14);
    }

    @Test
    void nginxFixturesParse() throws IOException {
        WebServerParser nginx = Parsers.nginx(ZoneOffset.UTC);
        allParse(nginx, "nginx-access-combined.log", 21);
        allParse(nginx, "nginx-access-main.log", 21);
        allParse(nginx, "nginx-access-timed.log", 21);
        allParse(nginx, "nginx-error.log", 42);
        allParse(nginx, "nginx-syslog.log", 5);
    }
}
