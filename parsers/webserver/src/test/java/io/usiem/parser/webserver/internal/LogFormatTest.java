package io.usiem.parser.webserver.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Format compilation: escapes, configured formats beyond the defaults, and the errors that fail activation. */
class LogFormatTest {
    private static final String LINE = "203.0.113.9 - - [01/Jan/2024:10:00:00 +0000] \"GET /a?b=1 HTTP/1.1\" 200 153 \"-\" \"curl/8\" 0.250";

    @Test
    void nginxFormatWithOrWithoutBackslashQuotesReadsTheSame() {
        for (String f : List.of("$remote_addr - $remote_user [$time_local] \"$request\" $status $body_bytes_sent \"$http_referer\" \"$http_user_agent\" $request_time",
                "$remote_addr - $remote_user [$time_local] \\\"$request\\\" $status $body_bytes_sent \\\"$http_referer\\\" \\\"$http_user_agent\\\" $request_time",
                "'$remote_addr - $remote_user [$time_local] \"$request\" $status $body_bytes_sent \"$http_referer\" \"$http_user_agent\" ${request_time}'")) {
            WebServerParser p = new WebServerParser("n", "nginx", List.of("nginx"), List.of(f), true, ZoneOffset.UTC);
            ParseResult r = p.parse(RawLog.of(LINE));
            assertTrue(r.isParsed(), f);
            assertEquals(250_000_000L, r.events().get(0).get(Fields.EVENT_DURATION), f);
            assertEquals("b=1", r.events().get(0).get(Fields.URL_QUERY), f);
        }
    }

    @Test
    void apacheFormatWithSplitRequestAndPorts() {
        String f = "%a %{remote}p %v %{local}p %m %U%q %H %>s %B %{ms}T %{X-Forwarded-For}i \"%{User-agent}i\"";
        WebServerParser p = new WebServerParser("a", "apache", List.of("apache"), List.of(f), true, ZoneOffset.UTC);
        ParseResult r = p.parse(RawLog.of("10.0.0.7 51000 www.example.com 443 GET /x.php?id=2 HTTP/1.1 500 12 37 198.51.100.2 \"Mozilla/5.0\""));
        assertTrue(r.isParsed(), r.reason());
        var e = r.events().get(0);
        assertEquals(51000L, e.get(Fields.SOURCE_PORT));
        assertEquals(443L, e.get(Fields.DESTINATION_PORT));
        assertEquals("/x.php", e.get(Fields.URL_PATH));
        assertEquals("id=2", e.get(Fields.URL_QUERY));
        assertEquals("1.1", e.get(Fields.HTTP_VERSION));
        assertEquals(37_000_000L, e.get(Fields.EVENT_DURATION));
        assertEquals(IpAddress.parse("198.51.100.2"), e.get(Fields.SOURCE_IP));
        assertEquals("failure", e.get(Fields.EVENT_OUTCOME));
    }

    @Test
    void unreadableFormatsFailActivation() {
        for (String f : List.of("", "no directives", "%h%u", "%{Referer", "$remote_addr$remote_user", "${remote_addr", "%h %")) {
            assertThrows(IllegalArgumentException.class,
                    () -> new WebServerParser("x", "apache", List.of(), List.of(f), true, ZoneOffset.UTC), f);
        }
        assertThrows(IllegalArgumentException.class, () -> new WebServerParser("x", "iis", List.of(), List.of("%h"), true, ZoneOffset.UTC));
    }

    @Test
    void aClaimedLineThatMatchesNoFormatIsAFormatError() {
        WebServerParser p = Parsers.apache(ZoneOffset.UTC);
        ParseResult r = p.parse(RawLog.builder("this is not an access log line").sourceType("apache").build());
        assertEquals(ParseResult.Kind.FORMAT_ERROR, r.kind());
        assertEquals(ParseResult.Kind.NOT_MINE, p.parse(RawLog.of("this is not an access log line")).kind());
    }

    @Test
    void shippedConfigurationsListTheFormatsTheTestsUse() throws IOException {
        // A plain Properties read leaves the typed array text: its items, unescaped once more, are the formats.
        assertEquals(Parsers.APACHE_DEFAULTS.size(), formats("io.usiem.parser.webserver-apache.cfg").size());
        List<String> nginx = formats("io.usiem.parser.webserver-nginx.cfg");
        for (int i = 0; i < nginx.size(); i++) {
            assertEquals(LogFormat.compile(Parsers.NGINX_DEFAULTS.get(i)).toString().replace("\"", ""),
                    LogFormat.compile(nginx.get(i)).toString().replace("\\\"", "").replace("\"", ""));
        }
        for (String f : formats("io.usiem.parser.webserver-apache.cfg")) {
            LogFormat.compile(f);
        }
    }

    @Test
    void anArrayThatArrivedAsOneStringIsSplit() throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/cfg/io.usiem.parser.webserver-nginx.cfg"), StandardCharsets.ISO_8859_1)) {
            props.load(r);
        }
        List<String> items = ConfigArrays.items(new String[] {props.getProperty("formats")});
        assertEquals(formats("io.usiem.parser.webserver-nginx.cfg"), items);
        assertEquals(List.of("nginx", "nginx_access", "nginx_error"), ConfigArrays.items(new String[] {props.getProperty("sourceTypes")}));
        assertEquals(List.of("[a]"), ConfigArrays.items(new String[] {"[a]"}));
        assertEquals(List.of("x", "y"), ConfigArrays.items(new String[] {"x", "y"}));
    }

    private static List<String> formats(String file) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/cfg", file), StandardCharsets.ISO_8859_1)) {
            props.load(r);
        }
        String array = props.getProperty("formats").strip();
        assertTrue(array.startsWith("[") && array.endsWith("]"), array);
        List<String> items = new java.util.ArrayList<>();
        StringBuilder item = null;
        for (int i = 1; i < array.length() - 1; i++) {
            char c = array.charAt(i);
            if (item == null) {
                if (c == '"') {
                    item = new StringBuilder();
                }
            } else if (c == '\\') {
                item.append(array.charAt(++i));
            } else if (c == '"') {
                items.add(item.toString());
                item = null;
            } else {
                item.append(c);
            }
        }
        return items;
    }
}
