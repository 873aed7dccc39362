package io.usiem.parser.webserver.internal;

import io.usiem.api.event.EventCategory;
import io.usiem.api.event.Field;
import io.usiem.api.event.Fields;
import io.usiem.api.parser.ParserMetadata;

import java.util.List;

/** The metadata of a configured web server parser: its name and source types, and the product's samples. */
final class Metadata {
    static final String[] APACHE_SAMPLES = {
        "127.0.0.1 - - [29/Nov/2026:23:53:50 +0000] \"GET /img/logo.png HTTP/1.1\" 200 227 \"http://127.0.0.1:18081/\" \"curl/7.88.1\"",
        "localhost:80 ::1 - - [29/Nov/2026:23:53:50 +0000] \"GET /index.html?ipv6=1 HTTP/1.1\" 200 231 \"-\" \"curl/7.88.1\"",
        "192.0.2.10 - frank [10/Oct/2000:13:55:36 -0700] \"GET /apache_pb.gif HTTP/1.0\" 200 2326",
        "[Sun Nov 29 23:53:50.345374 2026] [authz_core:error] [pid 21371:tid 21451] [client 127.0.0.1:47322] AH01630: client denied by server configuration: /tmp/gen/www/private/a.txt",
        "[Wed Oct 11 14:32:52 2000] [error] [client 127.0.0.1] client denied by server configuration: /export/home/live/ap/htdocs/test"};
    static final String[] NGINX_SAMPLES = {
        "127.0.0.1 - - [29/Nov/2026:23:53:47 +0000] \"GET /index.html HTTP/1.1\" 200 6 \"-\" \"curl/7.88.1\" \"203.0.113.7, 10.0.0.2\"",
        "::1 - - [29/Nov/2026:23:53:47 +0000] \"GET /index.html?ipv6=1 HTTP/1.1\" 200 6 \"-\" \"curl/7.88.1\"",
        "<190>Nov 29 23:54:02 vm nginx: 127.0.0.1 - alice [29/Nov/2026:23:54:02 +0000] \"GET /private/a.txt HTTP/1.1\" 401 179 \"-\" \"curl/7.88.1\"",
        "2026/11/29 23:53:47 [error] 21094#21094: *3 open() \"/tmp/gen/www/missing.php\" failed (2: No such file or directory), client: 127.0.0.1, server: localhost, request: \"GET /missing.php?id=1 HTTP/1.1\", host: \"127.0.0.1:18080\""};

    private Metadata() {
    }

    static ParserMetadata of(String name, boolean nginx, List<String> sourceTypes) {
        WebFields f = nginx ? WebFields.NGINX : WebFields.APACHE;
        return ParserMetadata.builder(name)
                .source(nginx ? "nginx" : "apache", nginx ? "nginx" : "httpd")
                .description((nginx ? "nginx" : "Apache httpd") + " access logs (configured LogFormat/log_format strings) and error logs, bare or behind a syslog header.")
                .sourceTypes(sourceTypes.toArray(new String[0]))
                .categories(EventCategory.WEB_SERVER, EventCategory.GENERIC)
                .fields(new Field[] {Fields.SOURCE_IP, Fields.SOURCE_ADDRESS, Fields.SOURCE_DOMAIN, Fields.SOURCE_PORT, Fields.USER_NAME,
                    Fields.HTTP_REQUEST_METHOD, Fields.URL_ORIGINAL, Fields.URL_PATH, Fields.URL_QUERY, Fields.URL_EXTENSION,
                    Fields.URL_DOMAIN, Fields.URL_SCHEME, Fields.URL_PORT, Fields.HTTP_VERSION, Fields.HTTP_RESPONSE_STATUS_CODE,
                    Fields.HTTP_RESPONSE_BODY_BYTES, Fields.HTTP_RESPONSE_BYTES, Fields.HTTP_REQUEST_BYTES, Fields.HTTP_REQUEST_REFERRER,
                    Fields.USER_AGENT_ORIGINAL, Fields.EVENT_DURATION, Fields.EVENT_OUTCOME, Fields.DESTINATION_DOMAIN,
                    Fields.DESTINATION_PORT, Fields.RELATED_IP, Fields.RELATED_USER, Fields.LOG_LEVEL, Fields.MESSAGE,
                    Fields.ERROR_CODE, Fields.PROCESS_PID, Fields.PROCESS_THREAD_ID, WebFields.X_FORWARDED_FOR,
                    f.remoteAddresses, f.request, f.identity, f.sslProtocol, f.sslCipher, f.errorModule, f.connectionId, f.errorServer})
                .samples(nginx ? NGINX_SAMPLES : APACHE_SAMPLES)
                .logSources(nginx ? WebServerParser.NGINX : WebServerParser.APACHE)
                .build();
    }
}
