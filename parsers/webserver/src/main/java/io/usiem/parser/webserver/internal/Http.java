package io.usiem.parser.webserver.internal;

import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Fields;

/** The request line and URL parts, as Elastic's integrations split them (url.original, path, query, extension). */
final class Http {
    private Http() {
    }

    /**
     * Splits {@code GET /a?b HTTP/1.1} (or HTTP/0.9's {@code GET /a}) into method, URL and version.
     *
     * @return false when the text is not a request line (then nothing was set)
     */
    static boolean request(EventBuilder b, String s, int from, int to) {
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

    /** url.original and its parts; an absolute URL (a proxy request) also gives scheme, domain and port. */
    static void url(EventBuilder b, String url) {
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

    /** {@code host}, {@code host:port}, {@code [v6]:port}, with an optional {@code user@}. */
    static void authority(EventBuilder b, String s, int from, int to) {
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
        long p = number(s, from, to);
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

    /** @return the non-negative decimal number in s[from, to), or -1 */
    static long number(String s, int from, int to) {
        if (to <= from || to - from > 18) {
            return -1;
        }
        long v = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + c - '0';
        }
        return v;
    }

    /** @return nanoseconds of a decimal number of units ({@code 0.123} seconds), or -1 */
    static long decimal(String s, int from, int to, long nanosPerUnit) {
        int dot = s.indexOf('.', from);
        if (dot < 0 || dot >= to) {
            long v = number(s, from, to);
            return v < 0 ? -1 : v * nanosPerUnit;
        }
        long whole = dot == from ? 0 : number(s, from, dot);
        if (whole < 0) {
            return -1;
        }
        long frac = 0;
        long scale = nanosPerUnit;
        for (int k = dot + 1; k < to; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            scale /= 10;
            frac += (c - '0') * scale;
        }
        return whole * nanosPerUnit + frac;
    }
}
