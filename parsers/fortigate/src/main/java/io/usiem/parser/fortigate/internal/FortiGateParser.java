package io.usiem.parser.fortigate.internal;

import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.Fields;
import io.usiem.api.event.OriginRole;
import io.usiem.api.parser.LogParser;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.ParserMetadata;
import io.usiem.api.parser.RawLog;
import io.usiem.api.parser.SyslogClock;
import io.usiem.api.parser.SyslogHeader;
import io.usiem.api.parser.ValueCache;

import java.time.ZoneId;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Reads Fortinet FortiGate (FortiOS 6.x/7.x) key=value syslog, behind an optional BSD or RFC 5424
 * header: traffic, utm (virus, webfilter, ips, app-ctrl, dns, ssl, anomaly) and event (system, user,
 * vpn, router, ha, wireless) logs, into ECS as Elastic's Fortinet FortiGate integration does.
 */
@Component(service = LogParser.class, configurationPid = FortiGateConfig.PID)
@Designate(ocd = FortiGateConfig.class)
public final class FortiGateParser implements LogParser {
    /** The builder is sized once: a traffic event has 30-60 fields (the golden files' range). */
    private static final int EXPECTED_FIELDS = 60;
    static final String MODULE = "fortinet";
    static final String DATASET = "fortinet_fortigate.log";

    static final ParserMetadata METADATA = ParserMetadata.builder("fortigate")
            .source("Fortinet", "FortiGate")
            .description("FortiGate key=value syslog: traffic, utm (virus, webfilter, ips, app-ctrl, dns, ssl, anomaly), "
                    + "event (system, user, vpn, router, ha, wireless); FortiOS 6.x and 7.x.")
            .sourceTypes("fortigate", "fortinet", "fortios")
            .categories(EventCategory.FIREWALL, EventCategory.INTRUSION, EventCategory.WEB_PROXY, EventCategory.DNS,
                    EventCategory.AUTHENTICATION, EventCategory.NETWORK, EventCategory.GENERIC)
            .fields(Fields.SOURCE_IP, Fields.SOURCE_PORT, Fields.SOURCE_NAT_IP, Fields.SOURCE_NAT_PORT, Fields.DESTINATION_IP,
                    Fields.DESTINATION_PORT, Fields.DESTINATION_NAT_IP, Fields.DESTINATION_NAT_PORT, Fields.SOURCE_BYTES,
                    Fields.DESTINATION_BYTES, Fields.SOURCE_PACKETS, Fields.DESTINATION_PACKETS, Fields.SOURCE_MAC,
                    Fields.NETWORK_IANA_NUMBER, Fields.NETWORK_TRANSPORT, Fields.NETWORK_PROTOCOL, Fields.NETWORK_APPLICATION,
                    Fields.NETWORK_DIRECTION, Fields.USER_NAME, Fields.SOURCE_USER_NAME, Fields.RULE_ID, Fields.RULE_NAME,
                    Fields.RULE_UUID, Fields.RULE_CATEGORY, Fields.RULE_DESCRIPTION, Fields.OBSERVER_NAME,
                    Fields.OBSERVER_SERIAL_NUMBER, Fields.OBSERVER_TYPE, Fields.OBSERVER_INGRESS_INTERFACE,
                    Fields.OBSERVER_EGRESS_INTERFACE, Fields.EVENT_ACTION, Fields.EVENT_OUTCOME, Fields.EVENT_CODE,
                    Fields.EVENT_REASON, Fields.EVENT_START, Fields.EVENT_DURATION, Fields.EVENT_TIMEZONE, Fields.LOG_LEVEL,
                    Fields.MESSAGE, Fields.URL_ORIGINAL, Fields.URL_DOMAIN, Fields.URL_PATH, Fields.HTTP_REQUEST_METHOD,
                    Fields.USER_AGENT_ORIGINAL, Fields.FILE_NAME, Fields.FILE_SIZE, Fields.DNS_QUESTION_NAME,
                    Fields.DNS_QUESTION_TYPE, Fields.DNS_RESOLVED_IP, Fields.TLS_CLIENT_SERVER_NAME, Fields.RELATED_IP,
                    Fields.RELATED_USER, Key.type.vendor, Key.subtype.vendor, Key.action.vendor, Key.cfgpath.vendor,
                    Key.attack.vendor, Key.virus.vendor)
            .samples(FortiGateSamples.LINES)
            .logSources(FortiGateMapper.TRAFFIC, FortiGateMapper.UTM, FortiGateMapper.WEBFILTER, FortiGateMapper.DNS,
                    FortiGateMapper.EVENT)
            .build();

    private final ZoneId zone;
    private final SyslogClock clock;
    /** Interfaces, policies, devices and services repeat from line to line: their strings are reused. */
    private final ValueCache values = new ValueCache(Key.values().length);
    private final Direction direction;

    /** @param config the configuration; an unknown time zone or network fails activation */
    @Activate
    public FortiGateParser(FortiGateConfig config) {
        this(SyslogClock.configuredZone(FortiGateConfig.PID, config.timezone()), new Direction(config.internalNetworks(), config.internalInterfaces(),
                config.externalInterfaces()));
    }

    FortiGateParser(ZoneId zone) {
        this(zone, Direction.DEFAULT);
    }

    FortiGateParser(ZoneId zone, Direction direction) {
        this.zone = zone;
        this.clock = new SyslogClock(zone);
        this.direction = direction;
    }

    /**
     * Embeds the parser without Config Admin (benchmarks, tools), with the default internal networks. A static
     * factory, not a second public constructor, so that Declarative Services has one constructor to choose.
     *
     * @param zone the zone of times written without offset
     * @return a parser
     */
    public static FortiGateParser forZone(ZoneId zone) {
        return new FortiGateParser(zone);
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
        if (!startsWithPair(line, from)) {
            return ParseResult.notMine();
        }
        KvLine kv = new KvLine(line, from);
        kv.values = values;
        int[] index = FortiGateMapper.index(kv);
        // FortiGate writes logid, type and devid on every line; without them it is some other key=value log.
        if (index[Key.logid.ordinal()] < 0 && index[Key.devid.ordinal()] < 0 || index[Key.type.ordinal()] < 0) {
            return kv.error() != null && (line.contains("logid=") || line.contains("devid="))
                    ? ParseResult.formatError("FortiGate: " + kv.error()) : ParseResult.notMine();
        }
        if (kv.error() != null) {
            return ParseResult.formatError("FortiGate: " + kv.error());
        }
        EventBuilder b = raw.newEventBuilder(0, EXPECTED_FIELDS).observer("Fortinet", "FortiGate").originRole(OriginRole.OBSERVER);
        b.set(Fields.EVENT_MODULE, MODULE).set(Fields.EVENT_DATASET, DATASET).set(Fields.OBSERVER_TYPE, "firewall");
        String error = FortiGateMapper.map(kv, index, b, zone);
        if (error != null) {
            return ParseResult.formatError(error);
        }
        direction.apply(b);
        header.setPriority(b);
        if (header.hostname() != null) {
            b.set(Fields.LOG_SYSLOG_HOSTNAME, header.hostname());
        }
        // The syslog header names the firewall when the log does not (the input's header when it read one).
        Object named = header.hostname() != null ? header.hostname() : raw.header().get(Fields.LOG_SYSLOG_HOSTNAME);
        if (named instanceof String && !b.has(Fields.OBSERVER_NAME)) {
            b.set(Fields.OBSERVER_NAME, (String) named);
        }
        return ParseResult.parsed(b.build());
    }

    /** The body starts with a key and '=' ({@code date=}, {@code logver=}, {@code timestamp=}...). */
    private static boolean startsWithPair(String s, int i) {
        int n = s.length();
        int k = i;
        while (k < n && k - i < 32) {
            char c = s.charAt(k);
            if (c == '=') {
                return k > i;
            }
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
            k++;
        }
        return false;
    }
}
