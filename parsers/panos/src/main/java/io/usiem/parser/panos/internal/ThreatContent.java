package io.usiem.parser.panos.internal;

import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Fields;

/**
 * The THREAT log's Miscellaneous field: the URL of URL-filtering logs (and of virus or vulnerability
 * logs when it holds one), otherwise the file name or path. PAN-OS writes URLs without a scheme
 * ({@code www.example.com/path?q=1}), so they are split by hand.
 */
final class ThreatContent {
    private ThreatContent() {
    }

    static void map(String sub, String misc, EventBuilder b) {
        boolean slash = misc.indexOf('/') >= 0;
        if ("url".equals(sub) || (("virus".equals(sub) || "vulnerability".equals(sub)) && slash)) {
            url(misc, b);
            return;
        }
        boolean backslash = misc.indexOf('\\') >= 0;
        if ("file".equals(sub) && (slash || backslash)) {
            b.set(Fields.FILE_PATH, misc);
            int cut = Math.max(misc.lastIndexOf('/'), misc.lastIndexOf('\\'));
            if (cut < misc.length() - 1) {
                b.set(Fields.FILE_NAME, misc.substring(cut + 1));
            }
        } else if (("file".equals(sub) || "virus".equals(sub) || "vulnerability".equals(sub)) && !backslash) {
            b.set(Fields.FILE_NAME, misc);
        }
    }

    private static void url(String url, EventBuilder b) {
        b.set(Fields.URL_ORIGINAL, url);
        int hostStart = 0;
        int scheme = url.indexOf("://");
        if (scheme > 0 && scheme < 10) {
            b.set(Fields.URL_SCHEME, url.substring(0, scheme));
            hostStart = scheme + 3;
        }
        int slash = url.indexOf('/', hostStart);
        int question = url.indexOf('?', hostStart);
        int hostEnd = slash >= 0 && (question < 0 || slash < question) ? slash : question >= 0 ? question : url.length();
        if (slash >= 0 && slash == hostEnd) {
            int pathEnd = question > slash ? question : url.length();
            String path = url.substring(slash, pathEnd);
            b.set(Fields.URL_PATH, path);
            int dot = path.lastIndexOf('.');
            if (dot > path.lastIndexOf('/') && dot < path.length() - 1) {
                b.set(Fields.URL_EXTENSION, path.substring(dot + 1));
            }
        }
        if (question >= 0 && question < url.length() - 1) {
            b.set(Fields.URL_QUERY, url.substring(question + 1));
        }
        String hostPort = url.substring(hostStart, hostEnd);
        int colon = hostPort.lastIndexOf(':');
        if (colon > 0 && hostPort.indexOf(']') < colon && hostPort.indexOf(':') == colon) {
            b.set(Fields.URL_DOMAIN, hostPort.substring(0, colon));
            b.setFromText(Fields.URL_PORT, hostPort.substring(colon + 1));
        } else if (!hostPort.isEmpty()) {
            b.set(Fields.URL_DOMAIN, hostPort);
            b.set(Fields.DESTINATION_DOMAIN, hostPort);
        }
    }
}
