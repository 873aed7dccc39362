package io.usiem.parser.ciscoasa.internal;

import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.api.event.LogSource;
import io.usiem.api.event.OriginRole;
import io.usiem.api.parser.LogParser;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.ParserMetadata;
import io.usiem.api.parser.RawLog;
import io.usiem.api.parser.SyslogClock;

import java.time.ZoneId;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Parses Cisco ASA and Firepower Threat Defense syslog messages ({@code %ASA-6-302013: ...}): the tag's
 * severity and message id for every message, and the fields of the connection, deny, access-list, AAA,
 * VPN and threat-detection messages, into ECS as Elastic's Cisco ASA integration does. A message id it
 * does not decode is kept with its code, severity and text.
 */
@Component(service = LogParser.class, configurationPid = AsaConfig.PID)
@Designate(ocd = AsaConfig.class)
public final class CiscoAsaParser implements LogParser {
    /** The builder is sized once: a connection event has 25-40 fields (the golden files' range). */
    private static final int EXPECTED_FIELDS = 40;
    static final LogSource ASA_FIREWALL = LogSource.of("cisco", "asa", "firewall");
    static final LogSource ASA = LogSource.of("cisco", "asa", null);
    static final LogSource FTD_FIREWALL = LogSource.of("cisco", "ftd", "firewall");
    static final LogSource FTD = LogSource.of("cisco", "ftd", null);
    private static final String[] LEVELS = {"emergency", "alert", "critical", "error", "warning", "notification",
        "informational", "debug"};

    static final ParserMetadata METADATA = ParserMetadata.builder("cisco-asa")
            .source("Cisco", "asa")
            .description("Cisco ASA and FTD syslog (%ASA-n-NNNNNN): connections, denies, access lists, AAA, VPN, threat detection; other ids kept with their code.")
            .sourceTypes("cisco_asa", "cisco_ftd", "asa")
            .categories(EventCategory.FIREWALL, EventCategory.NETWORK, EventCategory.AUTHENTICATION, EventCategory.GENERIC)
            .fields(Fields.EVENT_CODE, Fields.EVENT_SEVERITY, Fields.LOG_LEVEL, Fields.MESSAGE, Fields.EVENT_ACTION,
                    Fields.EVENT_OUTCOME, Fields.EVENT_REASON, Fields.EVENT_DURATION, Fields.SOURCE_IP, Fields.SOURCE_PORT,
                    Fields.DESTINATION_IP, Fields.DESTINATION_PORT, Fields.SOURCE_NAT_IP, Fields.SOURCE_NAT_PORT,
                    Fields.DESTINATION_NAT_IP, Fields.DESTINATION_NAT_PORT, Fields.NETWORK_TRANSPORT, Fields.NETWORK_IANA_NUMBER,
                    Fields.NETWORK_DIRECTION, Fields.NETWORK_BYTES, Fields.SOURCE_BYTES, Fields.DESTINATION_BYTES,
                    Fields.OBSERVER_INGRESS_INTERFACE, Fields.OBSERVER_EGRESS_INTERFACE, Fields.OBSERVER_HOSTNAME,
                    Fields.RULE_NAME, Fields.USER_NAME, Fields.SOURCE_USER_NAME, Fields.RELATED_IP, Fields.RELATED_USER,
                    AsaFields.ASA.messageId, AsaFields.ASA.sourceInterface, AsaFields.ASA.destinationInterface,
                    AsaFields.ASA.ruleName, AsaFields.ASA.connectionId, AsaFields.ASA.mappedSourceIp,
                    AsaFields.ASA.mappedDestinationIp, AsaFields.ASA.icmpType, AsaFields.ASA.burstObject)
            .samples("<166>Jan 05 2024 10:22:01 asa01 : %ASA-6-302013: Built inbound TCP connection 4913 for outside:203.0.113.20/51515 (203.0.113.20/51515) to inside:10.0.0.20/443 (198.51.100.20/443)",
                    "<166>Jan 05 2024 10:22:31: %ASA-6-302014: Teardown TCP connection 4913 for outside:203.0.113.20/51515 to inside:10.0.0.20/443 duration 0:00:30 bytes 8642 TCP FINs from outside",
                    "<164>Jan 05 2024 10:23:00 asa01 : %ASA-4-106023: Deny tcp src outside:198.51.100.7/40022 dst inside:10.0.0.5/22 by access-group \"outside_access_in\" [0x0, 0x0]",
                    "%ASA-6-106100: access-list inside_access_in permitted tcp inside/10.0.0.5(51234) -> outside/203.0.113.10(443) hit-cnt 1 first hit [0xa3aa0e6d, 0x0]",
                    "<166>Jan 05 2024 10:24:00 asa01 : %ASA-6-113004: AAA user authentication Successful : server = 10.0.0.50 : user = jdoe",
                    "<166>Jan 05 2024 10:25:00 asa01 : %ASA-6-305011: Built dynamic TCP translation from inside:10.0.0.5/51234 to outside:198.51.100.1/51234")
            .logSources(ASA_FIREWALL, ASA, FTD_FIREWALL, FTD)
            .build();

    private final SyslogClock clock;

    /** @param config the configuration; an unknown time zone fails activation */
    @Activate
    public CiscoAsaParser(AsaConfig config) {
        this(SyslogClock.configuredZone(AsaConfig.PID, config.timezone()));
    }

    CiscoAsaParser(ZoneId zone) {
        this.clock = new SyslogClock(zone);
    }

    @Override
    public ParserMetadata metadata() {
        return METADATA;
    }

    @Override
    public ParseResult parse(RawLog raw) {
        String line = raw.message();
        AsaHeader h = new AsaHeader();
        int tag = h.findTag(line);
        if (tag == AsaHeader.NOT_FOUND && raw.header().getText(Fields.LOG_SYSLOG_APPNAME) != null
                && raw.header().getText(Fields.LOG_SYSLOG_APPNAME).startsWith("%")) {
            // An RFC 3164 reader took "%ASA-6-302013:" for the program tag and passed only the text after it.
            line = raw.header().getText(Fields.LOG_SYSLOG_APPNAME) + ": " + line;
            tag = h.findTag(line);
        }
        if (tag == AsaHeader.NOT_FOUND) {
            return ParseResult.notMine();
        }
        if (tag == AsaHeader.MALFORMED) {
            return ParseResult.formatError(h.malformedReason);
        }
        boolean inputReadHeader = raw.header().fieldCount() > 0 || !line.equals(raw.original());
        if (!inputReadHeader) {
            h.readHeader(line, clock, raw.receivedNanos());
        }
        boolean ftd = "FTD".equals(h.product);
        AsaFields f = ftd ? AsaFields.FTD : AsaFields.ASA;
        String id = h.messageId;
        String[] outcome = new String[1];
        EventBuilder b = raw.newEventBuilder(0, EXPECTED_FIELDS).originRole(OriginRole.OBSERVER).observer("Cisco", ftd ? "ftd" : "asa");
        AsaEvent e = new AsaEvent(b, f);
        Cursor c = new Cursor(line, h.bodyStart);
        String error = decode(id, c, e, outcome);
        if (error != null) {
            return ParseResult.formatError("%" + h.product + "-" + id + ": " + error);
        }
        e.finish();
        Catalog.Kind kind = Catalog.of(id, outcome[0]);
        kind.apply(b);
        b.logSource(kind.traffic() ? (ftd ? FTD_FIREWALL : ASA_FIREWALL) : (ftd ? FTD : ASA));
        b.set(Fields.EVENT_MODULE, ftd ? "cisco_ftd" : "cisco_asa").set(Fields.EVENT_DATASET, ftd ? "cisco_ftd.log" : "cisco_asa.log")
                .set(Fields.EVENT_CODE, id).set(f.messageId, id).set(Fields.EVENT_SEVERITY, h.severity)
                .set(Fields.LOG_LEVEL, LEVELS[h.severity]).set(Fields.OBSERVER_TYPE, "firewall");
        if (h.suffix != null) {
            b.set(f.suffix, h.suffix);
        }
        if (h.bodyStart < line.length()) {
            b.set(Fields.MESSAGE, line.substring(h.bodyStart));
        }
        if (inputReadHeader) {
            fromInputHeader(b);
        } else {
            setHeader(h, b);
        }
        return ParseResult.parsed(b.build());
    }

    private static String decode(String id, Cursor c, AsaEvent e, String[] outcome) {
        switch (id) {
            case "302013":
            case "302015":
                return Connections.built(c, e);
            case "302014":
            case "302016":
                return Connections.teardown(c, e);
            case "302020":
                return Connections.icmp(c, e, true);
            case "302021":
                return Connections.icmp(c, e, false);
            case "106001":
            case "106006":
            case "106007":
            case "106015":
                return Denies.fromTo(c, e, id);
            case "106014":
                return Denies.srcDst(c, e, false);
            case "106023":
                return Denies.srcDst(c, e, true);
            case "106100":
                return Denies.accessList(c, e, outcome);
            case "113004":
            case "113005":
            case "113012":
            case "113015":
                return AaaVpn.aaa(c, e);
            case "113019":
                return AaaVpn.disconnected(c, e);
            case "113039":
            case "722022":
            case "722023":
            case "722028":
            case "722037":
            case "722051":
                return AaaVpn.session(c, e, id);
            case "733100":
                return AaaVpn.threat(c, e);
            default:
                return null;
        }
    }

    private static void fromInputHeader(EventBuilder b) {
        if (b.get(Fields.LOG_SYSLOG_HOSTNAME) instanceof String && !b.has(Fields.OBSERVER_HOSTNAME)) {
            String host = (String) b.get(Fields.LOG_SYSLOG_HOSTNAME);
            b.set(Fields.OBSERVER_HOSTNAME, host).set(Fields.OBSERVER_NAME, host);
        }
    }

    private static void setHeader(AsaHeader h, EventBuilder b) {
        if (h.priority >= 0) {
            b.set(Fields.LOG_SYSLOG_PRIORITY, h.priority).set(Fields.LOG_SYSLOG_FACILITY_CODE, h.priority >> 3)
                    .set(Fields.LOG_SYSLOG_SEVERITY_CODE, h.priority & 7);
        }
        if (h.timeNanos != SyslogClock.INVALID) {
            b.eventNanos(h.timeNanos);
        }
        if (h.hostname != null) {
            b.set(Fields.OBSERVER_HOSTNAME, h.hostname).set(Fields.OBSERVER_NAME, h.hostname);
            IpAddress ip = IpAddress.tryParse(h.hostname);
            if (ip != null) {
                b.set(Fields.OBSERVER_IP, ip);
            }
        }
    }
}
