package io.usiem.parser.iis.internal;

import io.usiem.api.event.EcsCategory;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.Field;
import io.usiem.api.event.Fields;
import io.usiem.api.event.LogSource;
import io.usiem.api.event.OriginRole;
import io.usiem.api.parser.LogParser;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.ParserMetadata;
import io.usiem.api.parser.RawLog;
import io.usiem.api.parser.SyslogClock;
import io.usiem.api.parser.SyslogHeader;
import io.usiem.api.parser.TextScan;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Parses Microsoft IIS access logs in the W3C extended format into ECS as Elastic's IIS integration does
 * ({@code iis.access}; HTTP.sys's HTTPERR log as {@code iis.error}): bare or behind a syslog header, with the columns
 * of the origin's last {@code #Fields} directive, or without one in IIS's default layout and the other common ones,
 * told apart by their column count and shape, or else inferred from IIS's fixed field order ({@link Inference}). Directive lines are discarded with a counted reason; a {@code #Fields} one is remembered for its origin.
 */
@Component(service = LogParser.class, configurationPid = IisConfig.PID)
@Designate(ocd = IisConfig.class)
public final class IisParser implements LogParser {
    static final LogSource IIS = LogSource.of("iis", null, "webserver");
    static final String FIELDS_DIRECTIVE = "IIS #Fields directive: its layout is used for the origin's next lines";
    static final String OTHER_DIRECTIVE = "W3C directive (#Software, #Version, #Date, #Remark)";
    /** A body that starts with no date: how far past a syslog header a forwarder's extra words may push the IIS date. */
    private static final int DATE_SEARCH = 100;
    private static final SyslogClock UTC = new SyslogClock(ZoneOffset.UTC);

    private final ParserMetadata metadata;
    private final Origins origins;
    private final Inference inference = new Inference();

    /** @param config the configuration; maxOrigins below 1 fails activation */
    @Activate
    public IisParser(IisConfig config) {
        this(items(config.sourceTypes()), config.maxOrigins());
    }

    /**
     * @param sourceTypes the source types it is chosen for without guessing
     * @param maxOrigins how many origins' {@code #Fields} layouts are remembered, at least 1
     */
    public IisParser(List<String> sourceTypes, int maxOrigins) {
        if (maxOrigins < 1) {
            throw new IllegalArgumentException(IisConfig.PID + ": maxOrigins must be at least 1, not " + maxOrigins);
        }
        this.metadata = Metadata.of(sourceTypes);
        this.origins = new Origins(maxOrigins);
    }

    /** A list property read from a .cfg file arrives as one string: {@code iis, iis_access} or {@code ["iis", "iis_access"]}. */
    static List<String> items(String[] values) {
        List<String> out = new ArrayList<>();
        for (String value : values) {
            for (String item : value.split(",")) {
                String t = item.strip();
                int a = 0;
                int z = t.length();
                while (a < z && (t.charAt(a) == '[' || t.charAt(a) == '"')) {
                    a++;
                }
                while (z > a && (t.charAt(z - 1) == ']' || t.charAt(z - 1) == '"')) {
                    z--;
                }
                if (z > a) {
                    out.add(t.substring(a, z));
                }
            }
        }
        return out;
    }

    @Override
    public ParserMetadata metadata() {
        return metadata;
    }

    @Override
    public ParseResult parse(RawLog raw) {
        String line = raw.message();
        boolean claimed = raw.sourceType() != null && metadata.sourceTypes().contains(raw.sourceType());
        SyslogHeader h = null;
        // A log file starts with a UTF-8 byte order mark; a shipper that reads it as text keeps it on the first line.
        int body = line.startsWith("\uFEFF") ? 1 : 0;
        if (body < line.length() && line.charAt(body) != '#' && !startsWithDateTime(line, body)) {
            boolean inputReadHeader = raw.header().fieldCount() > 0 || !line.equals(raw.original());
            if (!inputReadHeader) {
                h = new SyslogHeader().untaggedHost();
                if (h.read(line, UTC, raw.receivedNanos()) != null || !h.present()) {
                    h = null;
                } else {
                    body = h.bodyStart();
                }
            }
            if (h != null || inputReadHeader) {
                body = dataStart(line, body);
            }
        }
        if (body >= line.length()) {
            return claimed ? ParseResult.formatError("empty IIS line") : ParseResult.notMine();
        }
        if (line.charAt(body) == '#') {
            return directive(raw, line, body, claimed);
        }
        if (!startsWithDateTime(line, body)) {
            return claimed ? ParseResult.formatError("not a W3C data line: no 'yyyy-MM-dd HH:mm:ss' date and time first") : ParseResult.notMine();
        }
        Columns v = new Columns(line, body);
        if (v.count > Columns.MAX) {
            return claimed ? ParseResult.formatError("more than " + Columns.MAX + " columns") : ParseResult.notMine();
        }
        Layout remembered = origins.get(raw);
        String error = null;
        if (remembered != null) {
            error = Access.misfit(v, remembered, false);
            if (error == null) {
                return event(raw, h, v, remembered);
            }
            error = "does not fit the origin's #Fields (" + error + ")";
        }
        for (Layout layout : Layout.WITHOUT_HEADER) {
            if (layout.size() == v.count) {
                String misfit = Access.misfit(v, layout, true);
                if (misfit == null) {
                    return event(raw, h, v, layout);
                }
                if (error == null) {
                    error = "read as the " + layout.name + ": " + misfit;
                }
            }
        }
        Layout inferred = inference.infer(v, !claimed);
        if (inferred != null) {
            return event(raw, h, v, inferred);
        }
        if (!claimed && !looksLikeRequest(v, remembered)) {
            return ParseResult.notMine();
        }
        return ParseResult.formatError(error != null ? error
                : "no #Fields directive from this origin, and its " + v.count + " columns fit no IIS field selection");
    }

    private ParseResult event(RawLog raw, SyslogHeader h, Columns v, Layout layout) {
        EventBuilder b = raw.newEventBuilder(0, 28).category(EventCategory.WEB_SERVER).originRole(OriginRole.HOST)
                .observer("Microsoft", "IIS").logSource(IIS)
                .set(Fields.EVENT_MODULE, "iis").set(Fields.EVENT_DATASET, layout.error ? "iis.error" : "iis.access");
        if (h != null) {
            h.setOn(b, OriginRole.HOST);
        }
        String error = Access.fill(b, v, layout);
        if (error != null) {
            return ParseResult.formatError(error);
        }
        for (Field f : EventCategory.WEB_SERVER.requiredFields()) {
            if (!b.has(f)) {
                // A line with '-' for the client or the status (a layout without them) is a web event, not a request one.
                b.category(EventCategory.GENERIC).ecsCategory(EcsCategory.WEB);
                break;
            }
        }
        return ParseResult.parsed(b.build());
    }

    private ParseResult directive(RawLog raw, String line, int body, boolean claimed) {
        if (line.startsWith("#Fields:", body)) {
            Layout layout = Layout.of("the origin's #Fields", line.substring(body + 8));
            if (layout.size() == 0 || layout.size() > Columns.MAX) {
                return ParseResult.formatError(layout.size() == 0 ? "#Fields directive names no field"
                        : "#Fields directive names more than " + Columns.MAX + " fields");
            }
            if (!layout.web || line.indexOf(" x-edge-", body) > 0) {
                // Windows Firewall and other W3C logs that record no request are not IIS's, nor are CloudFront's (x-edge-*).
                return claimed ? ParseResult.formatError("#Fields names no cs-method, cs-uri-stem or cs-uri: not a web server log") : ParseResult.notMine();
            }
            origins.put(raw, layout);
            return ParseResult.discard(FIELDS_DIRECTIVE);
        }
        if (line.startsWith("#Software:", body)) {
            boolean iis = line.indexOf("Internet Information Services", body) > 0 || line.indexOf("HTTP API", body) > 0;
            return iis || claimed ? ParseResult.discard(OTHER_DIRECTIVE) : ParseResult.notMine();
        }
        for (String d : new String[] {"#Version:", "#Date:", "#Start-Date:", "#End-Date:", "#Remark:"}) {
            if (line.startsWith(d, body)) {
                return ParseResult.discard(OTHER_DIRECTIVE);
            }
        }
        return claimed ? ParseResult.formatError("unknown W3C directive") : ParseResult.notMine();
    }

    /** A method followed by a path where IIS's layouts put them: the line is IIS's but malformed, not another format's. */
    private static boolean looksLikeRequest(Columns v, Layout remembered) {
        if (remembered != null && (v.count == remembered.size() || remembered.method >= 0 && requestAt(v, remembered.method))) {
            return true;
        }
        // Where IIS's layouts put the method: after the server address or the W3SVC site name, after site, computer
        // and server address, or (HTTPERR) after client address and port and server address and port.
        return requestAt(v, 3) && (serverAt(v, 2) || v.line.startsWith("W3SVC", v.start[2])) || requestAt(v, 5) && serverAt(v, 4)
                || requestAt(v, 7) && serverAt(v, 2) && v.digits(3);
    }

    private static boolean serverAt(Columns v, int c) {
        return v.absent(c) || v.ip(c) != null;
    }

    private static boolean requestAt(Columns v, int method) {
        if (method + 1 >= v.count || !v.method(method)) {
            return false;
        }
        char c = v.line.charAt(v.start[method + 1]);
        return c == '/' || c == '*';
    }

    /** @return where the IIS date starts after a syslog header, past a forwarder's extra words (a tag without colon) */
    private static int dataStart(String line, int bodyStart) {
        if (startsWithDateTime(line, bodyStart) || bodyStart < line.length() && line.charAt(bodyStart) == '#') {
            return bodyStart;
        }
        int limit = Math.min(line.length(), bodyStart + DATE_SEARCH);
        for (int i = bodyStart + 1; i < limit; i++) {
            if (line.charAt(i - 1) == ' ' && startsWithDateTime(line, i)) {
                return i;
            }
        }
        return bodyStart;
    }

    /** @return whether {@code yyyy-MM-dd HH:mm:ss} (digits and separators in their places) starts at i */
    static boolean startsWithDateTime(String s, int i) {
        if (i + 19 > s.length() || s.charAt(i + 4) != '-' || s.charAt(i + 7) != '-' || s.charAt(i + 10) != ' '
                || s.charAt(i + 13) != ':' || s.charAt(i + 16) != ':') {
            return false;
        }
        return TextScan.digits(s, i, 4) >= 0 && TextScan.digits(s, i + 5, 2) >= 0
                && TextScan.digits(s, i + 8, 2) >= 0 && TextScan.digits(s, i + 11, 2) >= 0
                && TextScan.digits(s, i + 14, 2) >= 0 && TextScan.digits(s, i + 17, 2) >= 0;
    }
}
