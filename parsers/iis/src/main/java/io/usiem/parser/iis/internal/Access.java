package io.usiem.parser.iis.internal;

import io.usiem.api.event.EcsEventType;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Field;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.api.parser.SyslogClock;
import io.usiem.api.parser.TextScan;
import io.usiem.api.parser.Urls;

/** Checks a data line against a layout and turns its columns into ECS, as Elastic's IIS integration does. */
final class Access {
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private Access() {
    }

    /**
     * @param strict for a line without a {@code #Fields} of its own: addresses must be addresses and the method a
     *     method, so that another format's line is not taken for IIS's
     * @return null when the line fits, else why not (naming the column)
     */
    static String misfit(Columns v, Layout layout, boolean strict) {
        if (v.count != layout.size()) {
            return v.count + " columns where the layout has " + layout.size();
        }
        Column[] cols = layout.columns;
        for (int c = 0; c < cols.length; c++) {
            Column col = cols[c];
            // Without a #Fields of its own, IIS always writes a status: a '-' there means the columns are shifted.
            if (v.absent(c) && col != Column.DATE && col != Column.TIME && !(strict && col == Column.STATUS && !layout.error)) {
                continue;
            }
            if (!fits(col, v, c, strict)) {
                String value = v.line.substring(v.start[c], Math.min(v.end[c], v.start[c] + 40));
                return "invalid " + (col == Column.OTHER ? "column" : col.w3cName) + " '" + value + "' (column " + (c + 1) + ")";
            }
        }
        return null;
    }

    /** @return whether a present value suits its column (strict: addresses, method and version checked too) */
    static boolean fits(Column col, Columns v, int c, boolean strict) {
        switch (col) {
            case DATE:
                return v.date(c);
            case TIME:
                return v.time(c);
            case STATUS:
                return v.end[c] - v.start[c] == 3 && v.digits(c);
            case METHOD:
                return !strict || v.method(c);
            case CLIENT_IP:
            case SERVER_IP:
                return !strict || v.ip(c) != null;
            case VERSION:
                return !strict || v.line.startsWith("HTTP/", v.start[c]);
            case FORWARDED_FOR:
                return !strict || forwardedFor(v, c);
            default:
                return !col.numeric() || v.digits(c);
        }
    }

    /** @return whether the column starts with an address (the client of an X-Forwarded-For chain, maybe with a port) */
    private static boolean forwardedFor(Columns v, int c) {
        int to = v.start[c];
        int colons = 0;
        int lastColon = -1;
        while (to < v.end[c] && v.line.charAt(to) != ',' && v.line.charAt(to) != '+') {
            if (v.line.charAt(to) == ':') {
                colons++;
                lastColon = to;
            }
            to++;
        }
        if (IpAddress.tryParse(v.line, v.start[c], to) != null) {
            return true;
        }
        return colons == 1 && IpAddress.tryParse(v.line, v.start[c], lastColon) != null;
    }

    /** Fills the event from a line that fits the layout. @return null, or why its date is impossible */
    static String fill(EventBuilder b, Columns v, Layout layout) {
        Column[] cols = layout.columns;
        int date = -1;
        int time = -1;
        int stem = -1;
        int query = -1;
        long status = -1;
        for (int c = 0; c < cols.length; c++) {
            if (v.absent(c)) {
                continue;
            }
            switch (cols[c]) {
                case DATE -> date = c;
                case TIME -> time = c;
                case URI_STEM -> stem = c;
                case URI_QUERY -> query = c;
                case URI -> {
                    if (!b.has(Fields.URL_ORIGINAL)) {
                        String uri = v.text(c);
                        int q = uri.indexOf('?');
                        url(b, uri, q < 0 ? uri : uri.substring(0, q), q < 0 || q + 1 == uri.length() ? null : uri.substring(q + 1));
                    }
                }
                case SITE_NAME -> b.set(IisFields.SITE_NAME, v.text(c));
                case COMPUTER_NAME -> {
                    String name = v.text(c);
                    b.set(IisFields.SERVER_NAME, name);
                    if (!b.has(Fields.HOST_NAME)) {
                        b.set(Fields.HOST_NAME, name);
                    }
                }
                case SERVER_IP -> {
                    b.set(Fields.DESTINATION_ADDRESS, v.text(c));
                    IpAddress ip = v.ip(c);
                    if (ip != null) {
                        b.set(Fields.DESTINATION_IP, ip).append(Fields.RELATED_IP, ip);
                    }
                }
                case CLIENT_IP -> {
                    b.set(Fields.SOURCE_ADDRESS, v.text(c));
                    IpAddress ip = v.ip(c);
                    if (ip != null) {
                        b.set(Fields.SOURCE_IP, ip).append(Fields.RELATED_IP, ip);
                    }
                }
                case SERVER_PORT -> setNumber(b, Fields.DESTINATION_PORT, v, c);
                case CLIENT_PORT -> setNumber(b, Fields.SOURCE_PORT, v, c);
                case METHOD -> b.set(Fields.HTTP_REQUEST_METHOD, v.text(c));
                case USER_NAME -> {
                    String user = v.spaced(c);
                    b.set(Fields.USER_NAME, user).append(Fields.RELATED_USER, user);
                }
                case VERSION -> {
                    if (v.line.startsWith("HTTP/", v.start[c]) && v.end[c] > v.start[c] + 5) {
                        b.set(Fields.HTTP_VERSION, v.line.substring(v.start[c] + 5, v.end[c]));
                    }
                }
                case USER_AGENT -> b.set(Fields.USER_AGENT_ORIGINAL, v.spaced(c));
                case COOKIE -> b.set(IisFields.COOKIE, v.text(c));
                case REFERER -> b.set(Fields.HTTP_REQUEST_REFERRER, v.text(c));
                case HOST -> {
                    Urls.authority(b, v.line, v.start[c], v.end[c]);
                    Object domain = b.get(Fields.URL_DOMAIN);
                    if (domain != null) {
                        b.set(Fields.DESTINATION_DOMAIN, domain.toString());
                    }
                }
                case STATUS -> {
                    status = v.number(c);
                    setNumber(b, Fields.HTTP_RESPONSE_STATUS_CODE, v, c);
                }
                case SUB_STATUS -> setNumber(b, IisFields.SUB_STATUS, v, c);
                case WIN32_STATUS -> setNumber(b, IisFields.WIN32_STATUS, v, c);
                // sc-bytes and cs-bytes count headers too (ECS http.*.bytes, Sigma's web pipeline); Elastic files them as body bytes.
                case SERVER_BYTES -> {
                    setNumber(b, Fields.HTTP_RESPONSE_BODY_BYTES, v, c);
                    setNumber(b, Fields.HTTP_RESPONSE_BYTES, v, c);
                }
                case CLIENT_BYTES -> {
                    setNumber(b, Fields.HTTP_REQUEST_BODY_BYTES, v, c);
                    setNumber(b, Fields.HTTP_REQUEST_BYTES, v, c);
                }
                case TIME_TAKEN -> {
                    long ms = v.number(c);
                    if (ms >= 0 && ms < Long.MAX_VALUE / NANOS_PER_MILLI) {
                        b.set(Fields.EVENT_DURATION, ms * NANOS_PER_MILLI);
                    }
                }
                case FORWARDED_FOR -> forwarded(b, v.spaced(c));
                case REASON -> b.set(IisFields.ERROR_REASON, v.text(c));
                case QUEUE_NAME -> b.set(IisFields.ERROR_QUEUE, v.text(c));
                case OTHER -> b.set(layout.others[c], v.text(c));
                default -> {
                }
            }
        }
        if (stem >= 0 && !b.has(Fields.URL_ORIGINAL)) {
            String path = v.text(stem);
            String q = query < 0 ? null : v.text(query);
            url(b, q == null ? path : path + '?' + q, path, q);
        }
        if (date >= 0 && time >= 0) {
            long t = time(v, date, time);
            if (t == SyslogClock.INVALID) {
                return "invalid date and time '" + v.text(date) + ' ' + v.text(time) + "'";
            }
            b.eventNanos(t);
        }
        b.ecsType(layout.error ? EcsEventType.ERROR : EcsEventType.ACCESS);
        if (status > 0) {
            b.set(Fields.EVENT_OUTCOME, status >= 400 ? "failure" : "success");
        }
        return null;
    }

    /** url.original is what the client asked for, path and query: Sigma's cs-uri-query rules match it there. */
    private static void url(EventBuilder b, String original, String path, String query) {
        b.set(Fields.URL_ORIGINAL, original).set(Fields.URL_PATH, path);
        if (query != null) {
            b.set(Fields.URL_QUERY, query);
        }
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot > slash + 1 && dot + 1 < path.length() && path.length() - dot <= 17) {
            b.set(Fields.URL_EXTENSION, path.substring(dot + 1));
        }
    }

    /** The header as logged; its addresses join related.ip (source.ip stays the peer IIS saw, as Elastic keeps c-ip). */
    private static void forwarded(EventBuilder b, String chain) {
        b.set(IisFields.X_FORWARDED_FOR, chain);
        int from = 0;
        while (from < chain.length()) {
            int comma = chain.indexOf(',', from);
            int to = comma < 0 ? chain.length() : comma;
            int a = from;
            int z = to;
            while (a < z && chain.charAt(a) == ' ') {
                a++;
            }
            while (z > a && chain.charAt(z - 1) == ' ') {
                z--;
            }
            IpAddress ip = IpAddress.tryParse(chain, a, z);
            if (ip != null) {
                b.append(Fields.RELATED_IP, ip);
            }
            from = to + 1;
        }
    }

    private static void setNumber(EventBuilder b, Field field, Columns v, int c) {
        long n = v.number(c);
        if (n >= 0) {
            b.set(field, n);
        }
    }

    /** @return epoch nanoseconds of the UTC date and time columns (W3C logs are in UTC) */
    private static long time(Columns v, int date, int time) {
        String s = v.line;
        int d = v.start[date];
        int t = v.start[time];
        long nano = v.end[time] - t > 9 ? TextScan.decimal(s, t + 8, v.end[time], 1_000_000_000L) : 0;
        return SyslogClock.withOffset(TextScan.digits(s, d, 4), TextScan.digits(s, d + 5, 2), TextScan.digits(s, d + 8, 2),
                TextScan.digits(s, t, 2), TextScan.digits(s, t + 3, 2), TextScan.digits(s, t + 6, 2), (int) Math.max(0, nano), 0);
    }
}
