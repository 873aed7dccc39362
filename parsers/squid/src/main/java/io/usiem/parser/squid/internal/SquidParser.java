package io.usiem.parser.squid.internal;

import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.Fields;
import io.usiem.api.event.LogSource;
import io.usiem.api.event.OriginRole;
import io.usiem.api.parser.LogParser;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.ParserMetadata;
import io.usiem.api.parser.RawLog;
import io.usiem.api.parser.SyslogClock;
import io.usiem.api.parser.SyslogHeader;

import java.time.ZoneId;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Parses the Squid proxy's access.log (native format, and common/combined when configured) and
 * squidGuard's log, bare or behind a syslog header, into the web proxy category: client, URL parts,
 * method, status, bytes, duration, peer, cache result and hierarchy codes, squidGuard's category.
 */
@Component(service = LogParser.class, configurationPid = SquidConfig.PID)
@Designate(ocd = SquidConfig.class)
public final class SquidParser implements LogParser {
    static final LogSource PROXY = LogSource.of("squid", null, "proxy");

    static final ParserMetadata METADATA = ParserMetadata.builder("squid")
            .source("squid", "squid")
            .description("Squid access.log (native, common, combined) and squidGuard's log: web proxy requests with cache result and hierarchy codes.")
            .sourceTypes("squid", "squid_access", "squidguard")
            .categories(EventCategory.WEB_PROXY)
            .fields(Fields.SOURCE_IP, Fields.SOURCE_ADDRESS, Fields.SOURCE_DOMAIN, Fields.USER_NAME, Fields.HTTP_REQUEST_METHOD,
                    Fields.URL_ORIGINAL, Fields.URL_SCHEME, Fields.URL_DOMAIN, Fields.URL_PORT, Fields.URL_PATH, Fields.URL_QUERY,
                    Fields.URL_EXTENSION, Fields.HTTP_RESPONSE_STATUS_CODE, Fields.HTTP_RESPONSE_BYTES, Fields.HTTP_RESPONSE_MIME_TYPE,
                    Fields.HTTP_VERSION, Fields.HTTP_REQUEST_REFERRER, Fields.USER_AGENT_ORIGINAL, Fields.EVENT_DURATION,
                    Fields.DESTINATION_IP, Fields.DESTINATION_ADDRESS, Fields.DESTINATION_DOMAIN, Fields.EVENT_ACTION,
                    Fields.EVENT_OUTCOME, Fields.RULE_CATEGORY, Fields.RELATED_IP, Fields.RELATED_USER, Fields.PROCESS_PID,
                    SquidFields.RESULT_CODE, SquidFields.HIERARCHY_CODE, SquidFields.PEER, SquidFields.STATUS,
                    SquidFields.GUARD_SOURCE, SquidFields.GUARD_REWRITE, SquidFields.GUARD_ACTION)
            .samples("1795996432.518      8 127.0.0.1 TCP_MISS/200 324 GET http://127.0.0.1:18080/ - HIER_DIRECT/127.0.0.1 text/html",
                    "1795996432.781      0 127.0.0.1 TCP_DENIED/403 3451 GET http://www.blocked.example/ads/banner.gif - HIER_NONE/- text/html",
                    "1613260836.628    287 172.17.0.1 TCP_TUNNEL_ABORTED/200 18353 CONNECT www.google.com:443 - HIER_DIRECT/142.250.184.4 -",
                    "1286536308.779    180 192.168.0.224 TCP_MISS/200 411 GET http://www.google.com/ - DIRECT/74.125.224.52 text/html",
                    "::1 - - [29/Nov/2026:23:53:53 +0000] \"GET http://[::1]:18080/index.html HTTP/1.1\" 200 324 \"-\" \"curl/7.88.1\" TCP_MISS:HIER_DIRECT",
                    "2021-02-14 00:00:24 [26] Request(default/additional/-) testtodeny.com:443 172.17.0.1/172.17.0.1 - CONNECT REDIRECT")
            .logSources(PROXY)
            .build();

    private final SyslogClock clock;

    /** @param config the configuration; an unknown time zone fails activation */
    @Activate
    public SquidParser(SquidConfig config) {
        this(SyslogClock.configuredZone(SquidConfig.PID, config.timezone()));
    }

    SquidParser(ZoneId zone) {
        this.clock = new SyslogClock(zone);
    }

    @Override
    public ParserMetadata metadata() {
        return METADATA;
    }

    @Override
    public ParseResult parse(RawLog raw) {
        String line = raw.message();
        boolean inputReadHeader = raw.header().fieldCount() > 0 || !line.equals(raw.original());
        SyslogHeader h = new SyslogHeader();
        // squidGuard's own time (2024-01-01 10:00:00) would read as an RFC 3339 header time.
        if (!inputReadHeader && !SquidGuard.looksGuard(line, 0) && h.read(line, clock, raw.receivedNanos()) != null) {
            return ParseResult.notMine();
        }
        int body = h.bodyStart();
        if (body >= line.length()) {
            return ParseResult.notMine();
        }
        boolean claimed = raw.sourceType() != null && METADATA.sourceTypes().contains(raw.sourceType());
        EventBuilder b = raw.newEventBuilder().category(EventCategory.WEB_PROXY).originRole(OriginRole.OBSERVER)
                .logSource(PROXY).set(Fields.EVENT_MODULE, "squid").set(Fields.OBSERVER_TYPE, "proxy");
        if (h.present()) {
            h.setOn(b, OriginRole.OBSERVER);
        }
        String error;
        if (SquidGuard.looksGuard(line, body)) {
            b.observer("squid", "squidguard").set(Fields.EVENT_DATASET, "squid.squidguard");
            error = SquidGuard.parse(b, line, body, clock);
        } else {
            b.observer("squid", "squid").set(Fields.EVENT_DATASET, "squid.access");
            int[] start = new int[Native.FIELDS];
            int[] end = new int[Native.FIELDS];
            int count = Native.tokens(line, body, start, end);
            if (Native.looksNative(line, start, end, count)) {
                error = Native.parse(b, line, start, end, count);
            } else if (Combined.looksCommon(line, start, count) && (claimed || Combined.looksProxy(line, start, end, count))) {
                error = Combined.parse(b, line, body, clock);
            } else {
                return claimed ? ParseResult.formatError("neither a squid native, common nor squidGuard line") : ParseResult.notMine();
            }
        }
        return error == null ? ParseResult.parsed(b.build()) : ParseResult.formatError(error);
    }
}
