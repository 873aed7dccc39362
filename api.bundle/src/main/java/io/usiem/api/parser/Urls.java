package io.usiem.api.parser;

import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Fields;

/**
 * Splits HTTP request lines and URLs into the ECS fields Elastic's integrations set ({@code http.request.method},
 * {@code http.version}, {@code url.original}, {@code url.scheme}, {@code url.domain}, {@code url.port},
 * {@code url.path}, {@code url.query}, {@code url.fragment}, {@code url.extension}), by hand.
 *
 * @since 1.1
 */
public final class Urls {
    private Urls() {
    }

    /**
     * Splits {@code GET /a?b HTTP/1.1} (or HTTP/0.9's {@code GET /a}) in s[from, to) into method, URL and
     * version; {@code CONNECT host:port} into method, url.original, domain and port.
     *
     * @param b receives the fields
     * @return false when the text is not a request line (then nothing was set)
     */
    public static boolean request(EventBuilder b, String s, int from, int to) {
        int sp = s.indexOf(' ', from);
        if (sp <= from || sp >= to || !method(s, from, sp)) {
            return false;
        }
        int urlStart = sp + 1;
        int urlEnd = to;
        int last = s.lastIndexOf(' ', to - 1);
        if (last > urlStart && s.startsWith("HTTP/", last + 1) && last + 6 < to) {
            urlEnd = last;
            b.set(Fields.HTTP_VERSION, s.substring(last + 6, to));
        }
        if (urlEnd <= urlStart) {
            return false;
        }
        b.set(Fields.HTTP_REQUEST_METHOD, s.substring(from, sp));
        if (sp - from == 7 && s.startsWith("CONNECT", from)) {
            // Authority form: host:port, no path.
            b.set(Fields.URL_ORIGINAL, s.substring(urlStart, urlEnd));
            authority(b, s, urlStart, urlEnd);
        } else {
            url(b, s.substring(urlStart, urlEnd));
        }
        return true;
    }

    private static boolean method(String s, int from, int to) {
        if (to - from > 20) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (!(c >= 'A' && c <= 'Z') && c != '-' && c != '_') {
                return false;
            }
        }
        return true;
    }

    /**
     * Sets url.original and its parts; an absolute URL (a proxy request) also gives scheme, domain and port.
     *
     * @param b receives the fields
     * @param url the URL as logged
     */
    public static void url(EventBuilder b, String url) {
        b.set(Fields.URL_ORIGINAL, url);
        int pathStart = 0;
        int scheme = url.indexOf("://");
        if (scheme > 0 && scheme < 10) {
            b.set(Fields.URL_SCHEME, url.substring(0, scheme));
            int hostStart = scheme + 3;
            int hostEnd = hostStart;
            while (hostEnd < url.length() && url.charAt(hostEnd) != '/' && url.charAt(hostEnd) != '?') {
                hostEnd++;
            }
            authority(b, url, hostStart, hostEnd);
            pathStart = hostEnd;
        }
        int q = url.indexOf('?', pathStart);
        int hash = url.indexOf('#', pathStart);
        int pathEnd = q >= 0 ? q : hash >= 0 ? hash : url.length();
        if (pathEnd > pathStart) {
            b.set(Fields.URL_PATH, url.substring(pathStart, pathEnd));
            extension(b, url, pathStart, pathEnd);
        }
        if (q >= 0) {
            int qEnd = hash > q ? hash : url.length();
            if (qEnd > q + 1) {
                b.set(Fields.URL_QUERY, url.substring(q + 1, qEnd));
            }
        }
        if (hash >= 0 && hash + 1 < url.length() && (q < 0 || hash > q)) {
            b.set(Fields.URL_FRAGMENT, url.substring(hash + 1));
        }
    }

    /**
     * Sets url.domain and url.port of {@code host}, {@code host:port} or {@code [v6]:port} in s[from, to),
     * after an optional {@code user@}.
     *
     * @param b receives the fields
     */
    public static void authority(EventBuilder b, String s, int from, int to) {
        int at = s.lastIndexOf('@', to - 1);
        if (at >= from) {
            from = at + 1;
        }
        int hostEnd = to;
        int portStart = -1;
        if (from < to && s.charAt(from) == '[') {
            int close = s.indexOf(']', from);
            if (close > from && close < to) {
                b.set(Fields.URL_DOMAIN, s.substring(from + 1, close));
                if (close + 1 < to && s.charAt(close + 1) == ':') {
                    port(b, s, close + 2, to);
                }
                return;
            }
        }
        int colon = s.lastIndexOf(':', to - 1);
        if (colon >= from && s.indexOf(':', from) == colon) {
            hostEnd = colon;
            portStart = colon + 1;
        }
        if (hostEnd > from) {
            b.set(Fields.URL_DOMAIN, s.substring(from, hostEnd));
        }
        if (portStart > 0) {
            port(b, s, portStart, to);
        }
    }

    private static void port(EventBuilder b, String s, int from, int to) {
        long p = TextScan.number(s, from, to);
        if (p >= 0 && p <= 65535) {
            b.set(Fields.URL_PORT, p);
        }
    }

    private static void extension(EventBuilder b, String url, int from, int to) {
        int slash = url.lastIndexOf('/', to - 1);
        int dot = url.lastIndexOf('.', to - 1);
        if (dot > Math.max(slash, from - 1) + 1 && dot + 1 < to && to - dot <= 17) {
            b.set(Fields.URL_EXTENSION, url.substring(dot + 1, to));
        }
    }
}
