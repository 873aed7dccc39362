package io.usiem.benchmarks;

import io.usiem.api.parser.LogParser;
import io.usiem.parser.webserver.internal.WebServerParserAccess;

import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * The Apache parser (default formats: vhost_combined, combined, common, tried in that order) on a mix of
 * access lines written by a real Apache 2.4 (mostly combined, some vhost_combined and common, an IPv6
 * client, a 404 with a query) and one error log line, against a bare split of the same lines on spaces:
 * the ratio is the distance to tokenizing alone.
 */
@OperationsPerInvocation(10)
public class WebServerAccessParserBenchmark extends ParserMixBenchmark {
    private static final String[] MIX = {
        "127.0.0.1 - - [29/Nov/2026:23:53:50 +0000] \"GET / HTTP/1.1\" 200 231 \"-\" \"curl/7.88.1\"",
        "127.0.0.1 - - [29/Nov/2026:23:53:50 +0000] \"GET /img/logo.png HTTP/1.1\" 200 227 \"http://127.0.0.1:18081/\" \"curl/7.88.1\"",
        "127.0.0.1 - - [29/Nov/2026:23:53:50 +0000] \"GET /missing.php?id=1&x=%27%20OR%201=1-- HTTP/1.1\" 404 397 \"-\" \"curl/7.88.1\"",
        "192.0.2.10 - frank [10/Oct/2000:13:55:36 -0700] \"GET /apache_pb.gif HTTP/1.0\" 200 2326 \"http://www.example.com/start.html\" \"Mozilla/4.08 [en] (Win98; I ;Nav)\"",
        "203.0.113.50 - - [01/Jan/2024:10:00:06 +0000] \"GET /static/css/site.min.css?v=20240101 HTTP/1.1\" 200 10240 \"https://www.example.com/\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36\"",
        "127.0.0.1 - - [29/Nov/2026:23:53:50 +0000] \"POST /login HTTP/1.1\" 404 397 \"-\" \"curl/7.88.1\"",
        "localhost:80 ::1 - - [29/Nov/2026:23:53:50 +0000] \"GET /index.html?ipv6=1 HTTP/1.1\" 200 231 \"-\" \"curl/7.88.1\"",
        "www.example.com:443 198.51.100.7 - - [01/Jan/2024:10:00:00 +0100] \"GET /wp-login.php HTTP/2.0\" 404 196 \"-\" \"Mozilla/5.0 zgrab/0.x\"",
        "127.0.0.1 - - [29/Nov/2026:23:53:50 +0000] \"GET /img/logo.png HTTP/1.1\" 200 227",
        "[Sun Nov 29 23:53:50.345374 2026] [authz_core:error] [pid 21371:tid 21451] [client 127.0.0.1:47322] AH01630: client denied by server configuration: /var/www/private/a.txt",
    };

    @Override
    protected LogParser newParser() {
        return WebServerParserAccess.apache();
    }

    @Override
    protected String[] mix() {
        return MIX;
    }
}
