package io.usiem.parser.panos.internal;

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
import io.usiem.api.parser.TextScan;
import io.usiem.api.parser.ValueCache;

import java.time.ZoneId;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Reads Palo Alto Networks PAN-OS syslog in the default CSV format (TRAFFIC, THREAT incl. URL filtering,
 * SYSTEM, CONFIG, GLOBALPROTECT field by field; other log types with their common header), behind an
 * optional BSD or RFC 5424 syslog header, into ECS as Elastic's Panw integration does.
 */
@Component(service = LogParser.class, configurationPid = PanOsConfig.PID)
@Designate(ocd = PanOsConfig.class)
public final class PanOsParser implements LogParser {
    /** The builder is sized once: a TRAFFIC, THREAT or DECRYPTION event has 50-100 fields (the golden files' range). */
    private static final int SESSION_FIELDS = 100;
    /** SYSTEM, CONFIG, GLOBALPROTECT, USERID... events have 25-50. */
    private static final int OTHER_FIELDS = 50;
    static final String MODULE = "panw";
    static final String DATASET = "panw.panos";
    static final LogSource LOGSOURCE = LogSource.of("paloalto", null, null);

    static final ParserMetadata METADATA = ParserMetadata.builder("panos")
            .source("Palo Alto Networks", "PAN-OS")
            .description("PAN-OS syslog CSV: TRAFFIC, THREAT (URL filtering, file, virus, spyware, vulnerability, "
                    + "wildfire), SYSTEM, CONFIG, GLOBALPROTECT; PAN-OS 8.1 to 11.x field orders.")
            .sourceTypes("panos", "paloalto", "pan:log")
            .categories(EventCategory.FIREWALL, EventCategory.INTRUSION, EventCategory.WEB_PROXY,
                    EventCategory.AUTHENTICATION, EventCategory.NETWORK, EventCategory.GENERIC)
            .fields(Fields.SOURCE_IP, Fields.SOURCE_PORT, Fields.SOURCE_NAT_IP, Fields.SOURCE_NAT_PORT, Fields.DESTINATION_IP,
                    Fields.DESTINATION_PORT, Fields.DESTINATION_NAT_IP, Fields.DESTINATION_NAT_PORT, Fields.SOURCE_BYTES,
                    Fields.DESTINATION_BYTES, Fields.SOURCE_PACKETS, Fields.DESTINATION_PACKETS, Fields.NETWORK_BYTES,
                    Fields.NETWORK_PACKETS, Fields.NETWORK_TRANSPORT, Fields.NETWORK_APPLICATION, Fields.NETWORK_TYPE,
                    Fields.NETWORK_DIRECTION, Fields.USER_NAME, Fields.USER_DOMAIN, Fields.SOURCE_USER_NAME, Fields.RULE_NAME,
                    Fields.RULE_UUID, Fields.OBSERVER_HOSTNAME, Fields.OBSERVER_SERIAL_NUMBER, Fields.OBSERVER_TYPE,
                    Fields.OBSERVER_INGRESS_ZONE, Fields.OBSERVER_EGRESS_ZONE, Fields.OBSERVER_INGRESS_INTERFACE,
                    Fields.OBSERVER_EGRESS_INTERFACE, Fields.EVENT_ACTION, Fields.EVENT_OUTCOME, Fields.EVENT_CODE,
                    Fields.EVENT_CREATED, Fields.EVENT_START, Fields.EVENT_END, Fields.EVENT_DURATION, Fields.EVENT_SEVERITY,
                    Fields.LOG_LEVEL, Fields.URL_ORIGINAL, Fields.URL_DOMAIN, Fields.URL_PATH, Fields.URL_QUERY,
                    Fields.FILE_NAME, Fields.FILE_PATH, Fields.HOST_IP, Fields.HOST_NAME, Fields.HOST_ID, Fields.MESSAGE,
                    Fields.RELATED_IP, Fields.RELATED_USER, Fields.RELATED_HOSTS, PanOsFields.TYPE, PanOsFields.SUB_TYPE,
                    PanOsFields.ACTION, PanOsFields.THREAT_NAME, PanOsFields.THREAT_ID)
            .samples(PanOsSamples.LINES)
            .logSources(LOGSOURCE, PanOsMapper.FIREWALL, PanOsMapper.PROXY, PanOsMapper.GLOBALPROTECT)
            .build();

    private final ZoneId zone;
    private final SyslogClock clock;
    /** Zones, rules, applications and device names repeat from line to line: their strings are reused. */
    private final ValueCache values = new ValueCache(CsvLine.MAX_FIELDS);
    private final ZoneDirection zones;

    /** @param config the configuration; an unknown time zone fails activation */
    @Activate
    public PanOsParser(PanOsConfig config) {
        this(SyslogClock.configuredZone(PanOsConfig.PID, config.timezone()), new ZoneDirection(config.internalZones(), config.externalZones()));
    }

    PanOsParser(ZoneId zone) {
        this(zone, ZoneDirection.NONE);
    }

    PanOsParser(ZoneId zone, ZoneDirection zones) {
        this.zone = zone;
        this.clock = new SyslogClock(zone);
        this.zones = zones;
    }

    /**
     * Embeds the parser without Config Admin (benchmarks, tools). A static factory, not a second public
     * constructor, so that Declarative Services has one constructor to choose.
     *
     * @param zone the zone of times written without offset
     * @return a parser
     */
    public static PanOsParser forZone(ZoneId zone) {
        return new PanOsParser(zone);
    }

    @Override
    public ParserMetadata metadata() {
        return METADATA;
    }

    @Override
    public ParseResult parse(RawLog raw) {
        String line = raw.message();
        // An input that already read the transport header passes the body only.
        boolean inputReadHeader = raw.header().fieldCount() > 0 || !line.equals(raw.original());
        SyslogHeader header = new SyslogHeader().untaggedHost();
        int from = inputReadHeader || header.read(line, clock, raw.receivedNanos()) != null ? 0 : header.bodyStart();
        if (!looksLikePanOs(line, from)) {
            return ParseResult.notMine();
        }
        CsvLine csv = new CsvLine(line, from, values);
        if (csv.error() != null) {
            return ParseResult.formatError("PAN-OS CSV: " + csv.error());
        }
        if (csv.count() < PanOsFields.BODY) {
            return ParseResult.formatError("truncated PAN-OS log: " + csv.count() + " fields, the common header has "
                    + PanOsFields.BODY);
        }
        String type = csv.get(3);
        if (type == null || !isTypeName(type)) {
            return ParseResult.formatError("PAN-OS log type (field 4) is not a type name: " + type);
        }
        int kind = kind(type);
        int minimum = minimum(kind);
        if (csv.count() < minimum) {
            return ParseResult.formatError("truncated PAN-OS " + type + " log: " + csv.count() + " fields, at least "
                    + minimum + " expected");
        }
        long generated = PanOsMapper.time(csv, 6, zone);
        if (generated == PanOsTime.INVALID) {
            return ParseResult.formatError("PAN-OS generated time (field 7) is not a time: " + csv.get(6));
        }
        boolean session = kind == PanOsFields.TYPE_TRAFFIC || kind == PanOsFields.TYPE_THREAT || kind == PanOsFields.TYPE_DECRYPTION;
        EventBuilder b = raw.newEventBuilder(0, session ? SESSION_FIELDS : OTHER_FIELDS)
                .observer("Palo Alto Networks", "PAN-OS").originRole(OriginRole.OBSERVER)
                .logSource(LOGSOURCE).eventNanos(generated);
        b.set(Fields.EVENT_MODULE, MODULE).set(Fields.EVENT_DATASET, DATASET).set(Fields.OBSERVER_TYPE, "firewall");
        b.set(PanOsFields.TYPE, type);
        if (!csv.isEmpty(4)) {
            b.set(PanOsFields.SUB_TYPE, csv.get(4));
        }
        if (!csv.isEmpty(2)) {
            b.set(Fields.OBSERVER_SERIAL_NUMBER, csv.get(2));
        }
        long received = PanOsMapper.time(csv, 1, zone);
        if (received != PanOsTime.INVALID) {
            b.setTimestamp(Fields.EVENT_CREATED, received);
        }
        String error = PanOsMapper.map(kind, csv, b, zone);
        if (kind == PanOsFields.TYPE_TRAFFIC && error == null) {
            zones.apply(csv.get(16), csv.get(17), b);
        }
        if (error != null) {
            return ParseResult.formatError(error);
        }
        header.setPriority(b);
        if (header.hostname() != null) {
            b.set(Fields.LOG_SYSLOG_HOSTNAME, header.hostname());
        }
        // The syslog header names the firewall when the log does not (the input's header when it read one).
        Object named = header.hostname() != null ? header.hostname() : raw.header().get(Fields.LOG_SYSLOG_HOSTNAME);
        if (named instanceof String && !b.has(Fields.OBSERVER_HOSTNAME)) {
            b.set(Fields.OBSERVER_HOSTNAME, (String) named);
        }
        return ParseResult.parsed(b.build());
    }

    /** The body starts with the FUTURE_USE field (digits) and the receive time ({@code yyyy/MM/dd} or ISO). */
    private static boolean looksLikePanOs(String s, int i) {
        int n = s.length();
        int k = i;
        while (k < n && k - i < 4 && TextScan.isDigit(s.charAt(k))) {
            k++;
        }
        if (k >= n || s.charAt(k) != ',' || k + 11 > n) {
            return false;
        }
        char sep = s.charAt(k + 5);
        return PanOsTime.digits(s, k + 1, 4) >= 0 && (sep == '/' || sep == '-');
    }

    private static boolean isTypeName(String t) {
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (!(c >= 'A' && c <= 'Z' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static int kind(String type) {
        switch (type) {
            case "TRAFFIC":
                return PanOsFields.TYPE_TRAFFIC;
            case "THREAT":
                return PanOsFields.TYPE_THREAT;
            case "SYSTEM":
                return PanOsFields.TYPE_SYSTEM;
            case "CONFIG":
                return PanOsFields.TYPE_CONFIG;
            case "GLOBALPROTECT":
                return PanOsFields.TYPE_GLOBALPROTECT;
            case "USERID":
                return PanOsFields.TYPE_USERID;
            case "HIPMATCH":
            case "HIP-MATCH":
                return PanOsFields.TYPE_HIPMATCH;
            case "AUTHENTICATION":
                return PanOsFields.TYPE_AUTHENTICATION;
            case "DECRYPTION":
                return PanOsFields.TYPE_DECRYPTION;
            default:
                return PanOsFields.TYPE_OTHER;
        }
    }

    /** Fields a line of the type needs to be worth parsing: through the action, the threat, the description. */
    private static int minimum(int kind) {
        switch (kind) {
            case PanOsFields.TYPE_TRAFFIC:
            case PanOsFields.TYPE_DECRYPTION:
                return 31;
            case PanOsFields.TYPE_THREAT:
                return 33;
            case PanOsFields.TYPE_SYSTEM:
                return 15;
            case PanOsFields.TYPE_CONFIG:
                return 14;
            case PanOsFields.TYPE_GLOBALPROTECT:
                return 29;
            case PanOsFields.TYPE_USERID:
                return 10;
            case PanOsFields.TYPE_HIPMATCH:
                return 13;
            case PanOsFields.TYPE_AUTHENTICATION:
                return 10;
            default:
                return PanOsFields.BODY;
        }
    }
}
