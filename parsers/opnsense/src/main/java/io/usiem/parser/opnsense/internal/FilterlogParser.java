package io.usiem.parser.opnsense.internal;

import static io.usiem.parser.opnsense.internal.FilterlogFields.*;

import io.usiem.api.event.EcsCategory;
import io.usiem.api.event.EcsEventType;
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
import io.usiem.api.parser.SyslogHeader;
import io.usiem.api.parser.ValueCache;

import java.time.ZoneId;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Parses the packet filter log of OPNsense and pfSense: filterlog's CSV lines (rule, interface, action,
 * direction, the IPv4 or IPv6 header and the TCP, UDP, ICMP, CARP or other protocol data) behind the
 * syslog headers both products write, into ECS as Elastic's pfSense integration does.
 */
@Component(service = LogParser.class, configurationPid = FilterlogConfig.PID)
@Designate(ocd = FilterlogConfig.class)
public final class FilterlogParser implements LogParser {
    /** The builder is sized once: a filterlog event has 30-35 fields (the golden files' range). */
    private static final int EXPECTED_FIELDS = 40;
    static final String APP = "filterlog";
    static final String MODULE = "pfsense";
    static final String DATASET = "pfsense.log";
    static final LogSource PFSENSE = LogSource.of("pfsense", null, "firewall");
    static final LogSource OPNSENSE = LogSource.of("opnsense", null, "firewall");

    static final ParserMetadata METADATA = ParserMetadata.builder("opnsense-filterlog")
            .source("netgate", "pfsense")
            .description("OPNsense and pfSense filterlog CSV (IPv4/IPv6, TCP/UDP/ICMP/CARP/other) with BSD or RFC 5424 syslog headers.")
            .sourceTypes("filterlog", "opnsense", "pfsense")
            .categories(EventCategory.FIREWALL)
            .fields(Fields.SOURCE_IP, Fields.SOURCE_PORT, Fields.DESTINATION_IP, Fields.DESTINATION_PORT,
                    Fields.NETWORK_TRANSPORT, Fields.NETWORK_IANA_NUMBER, Fields.NETWORK_TYPE, Fields.NETWORK_DIRECTION,
                    Fields.NETWORK_BYTES, Fields.NETWORK_VLAN_ID, Fields.EVENT_ACTION, Fields.EVENT_OUTCOME, Fields.EVENT_REASON,
                    Fields.OBSERVER_INGRESS_INTERFACE, Fields.OBSERVER_TYPE, Fields.OBSERVER_NAME, Fields.RULE_ID, Fields.RELATED_IP,
                    Fields.PROCESS_NAME, Fields.PROCESS_PID, Fields.LOG_SYSLOG_PRIORITY,
                    RULE_NUMBER, RULE_SUBRULE, RULE_ANCHOR, IP_TOS, IP_ECN, IP_TTL, IP_ID, IP_OFFSET, IP_FLAGS,
                    IP_FLOW_LABEL, TCP_LENGTH, TCP_FLAGS, TCP_SEQ, TCP_ACK, TCP_WINDOW, TCP_OPTIONS, UDP_LENGTH, ICMP_TYPE,
                    ICMP_ID, ICMP_SEQ, CARP_VHID)
            .samples("<134>Aug 23 20:30:25 OPNsense.localdomain filterlog[21853]: 82,,,0,igb0,match,pass,out,4,0x0,,62,25678,0,DF,17,udp,60,192.168.1.8,8.8.8.8,5074,53,40",
                    "<134>Jul  3 19:10:30 filterlog[72237]: 146,,,1535324496,igb1.12,match,block,in,4,0x0,,63,12617,0,DF,6,tcp,60,10.170.12.50,1.1.1.1,49724,853,0,S,1891286705,,64240,,mss;sackOK;TS;nop;wscale",
                    "<134>1 2021-07-03T19:10:14.578288-05:00 pfSense.example.com filterlog 72237 - - 115,,,1534283903,igb1.27,match,pass,in,4,0x0,,63,29559,0,DF,17,udp,69,10.170.27.50,10.170.27.1,52797,53,49",
                    "<134>1 2024-05-14T09:12:44+02:00 fw.example.org filterlog 48271 - [meta sequenceId=\"4711\"] 96,,,02f4bab031b57d1e30553ce08e0ec131,vtnet1,match,block,in,6,0x00,0x00000,64,tcp,6,40,2001:db8:1::23,2001:db8:2::80,51522,22,0,S,3032461219,,64800,,mss;nop;wscale;nop;nop;sackOK",
                    "<134>Jul  4 11:10:45 filterlog[72237]: 176,,,1520797901,igb1.10,match,pass,in,4,0x0,,64,62096,0,DF,1,icmp,84,10.100.10.30,142.250.114.105,request,37728,164",
                    "5,,,1000000103,em0,match,block,in,4,0x10,,255,53650,0,DF,112,carp,56,192.168.11.1,224.0.0.18,advertise,255,1,2,0,1")
            .logSources(PFSENSE, OPNSENSE)
            .build();

    private final SyslogClock clock;
    /** Interfaces, actions, directions and protocols repeat from line to line: their strings are reused. */
    private final ValueCache values = new ValueCache(CsvFields.MAX_FIELDS);

    /** @param config the configuration; an unknown time zone fails activation */
    @Activate
    public FilterlogParser(FilterlogConfig config) {
        this(SyslogClock.configuredZone(FilterlogConfig.PID, config.timezone()));
    }

    FilterlogParser(ZoneId zone) {
        this.clock = new SyslogClock(zone);
    }

    @Override
    public ParserMetadata metadata() {
        return METADATA;
    }

    @Override
    public ParseResult parse(RawLog raw) {
        String line = raw.message();
        SyslogHeader h = new SyslogHeader();
        // An input that already read the syslog header passes the body; its header fields are on the raw log.
        boolean inputReadHeader = raw.header().fieldCount() > 0 || !line.equals(raw.original());
        boolean tagged;
        Body body;
        if (inputReadHeader) {
            String app = raw.header().getText(Fields.LOG_SYSLOG_APPNAME);
            if (app != null && !APP.equals(app)) {
                return ParseResult.notMine();
            }
            body = bodyAfterHeader(line);
            tagged = APP.equals(app) || body.tagged;
        } else {
            String error = h.read(line, clock, raw.receivedNanos());
            if (error != null) {
                return line.contains(APP) ? ParseResult.formatError(error) : ParseResult.notMine();
            }
            if (h.appName() != null && !APP.equals(h.appName())) {
                return ParseResult.notMine();
            }
            // A line without a header may still begin with the program's own tag.
            body = h.present() ? new Body(h.bodyStart(), APP.equals(h.appName()), h.structuredDataStart() >= 0
                    && line.startsWith("[meta ", h.structuredDataStart())) : bodyAfterHeader(line);
            tagged = body.tagged;
        }
        tagged |= raw.sourceType() != null && METADATA.sourceTypes().contains(raw.sourceType());
        CsvFields f = new CsvFields(line, body.start, values);
        String shape = shape(f, tagged);
        if (shape != null) {
            return tagged ? ParseResult.formatError(shape) : ParseResult.notMine();
        }
        String tracker = f.text(3);
        boolean opnsense = body.opnsenseMeta || isLabel(tracker)
                || (h.hostname() != null && h.hostname().regionMatches(true, 0, "opnsense", 0, 8));
        EventBuilder b = raw.newEventBuilder(0, EXPECTED_FIELDS).category(EventCategory.FIREWALL).originRole(OriginRole.OBSERVER)
                .observer(opnsense ? "deciso" : "netgate", opnsense ? "opnsense" : "pfsense")
                .logSource(opnsense ? OPNSENSE : PFSENSE).ecsCategory(EcsCategory.NETWORK);
        if (inputReadHeader) {
            fromInputHeader(b);
        } else {
            setHeader(h, b);
        }
        b.set(Fields.EVENT_MODULE, MODULE).set(Fields.EVENT_DATASET, DATASET).set(Fields.EVENT_PROVIDER, APP)
                .set(Fields.OBSERVER_TYPE, "firewall");
        String error = rule(f, tracker, b);
        if (error == null) {
            error = f.is(8, "4") ? IpHeader.v4(f, b) : IpHeader.v6(f, b);
        }
        return error != null ? ParseResult.formatError(error) : ParseResult.parsed(b.build());
    }

    /** The first nine fields, common to every line; null when they look like filterlog's. */
    private static String shape(CsvFields f, boolean tagged) {
        if (f.count() < 9) {
            return "truncated filterlog line: " + f.count() + " fields before the IP version, 9 needed";
        }
        if (f.number(0) == CsvFields.INVALID) {
            return "rule number is not a number";
        }
        if (!f.is(7, "in") && !f.is(7, "out")) {
            return "direction is neither 'in' nor 'out'";
        }
        if (!f.is(8, "4") && !f.is(8, "6")) {
            return "IP version is neither 4 nor 6";
        }
        if (!tagged && !f.is(6, "pass") && !f.is(6, "block") && !f.is(6, "reject")) {
            return "unknown action";
        }
        return f.empty(6) ? "no action" : null;
    }

    private static String rule(CsvFields f, String tracker, EventBuilder b) {
        long number = f.number(0);
        if (number >= 0) {
            b.set(RULE_NUMBER, number);
        }
        String subrule = f.text(1);
        if (subrule != null) {
            b.set(RULE_SUBRULE, subrule);
        }
        String anchor = f.text(2);
        if (anchor != null) {
            b.set(RULE_ANCHOR, anchor);
        }
        // Elastic's rule.id is the tracker: pfSense's rule id, OPNsense's rule label (a 32-hex hash).
        if (tracker != null) {
            b.set(Fields.RULE_ID, tracker);
        } else if (number >= 0) {
            b.set(Fields.RULE_ID, f.text(0));
        }
        String iface = f.text(4);
        if (iface != null) {
            b.set(Fields.OBSERVER_INGRESS_INTERFACE, iface);
            String vlan = vlan(iface);
            if (vlan != null) {
                b.set(Fields.NETWORK_VLAN_ID, vlan);
            }
        }
        String reason = f.text(5);
        if (reason != null) {
            b.set(Fields.EVENT_REASON, "match".equals(reason) ? "match" : reason);
        }
        String action = f.is(6, "pass") ? "pass" : f.is(6, "block") ? "block" : f.text(6);
        b.set(Fields.EVENT_ACTION, action);
        b.ecsType(EcsEventType.CONNECTION);
        if ("pass".equals(action)) {
            b.ecsType(EcsEventType.ALLOWED).set(Fields.EVENT_OUTCOME, "success");
        } else if ("block".equals(action) || "reject".equals(action)) {
            b.ecsType(EcsEventType.DENIED).set(Fields.EVENT_OUTCOME, "failure");
        }
        b.set(Fields.NETWORK_DIRECTION, f.is(7, "in") ? "inbound" : "outbound");
        return null;
    }

    /** The VLAN of a VLAN interface: {@code igb1.12} (pfSense) or {@code ixl1_vlan70} (OPNsense). */
    static String vlan(String iface) {
        int dot = iface.lastIndexOf('.');
        int from = dot >= 0 ? dot + 1 : iface.lastIndexOf("_vlan") >= 0 ? iface.lastIndexOf("_vlan") + 5 : -1;
        if (from <= 0 || from >= iface.length() || CsvFields.number(iface, from, iface.length()) < 0) {
            return null;
        }
        return iface.substring(from);
    }

    /** OPNsense's rule label: 32 lowercase hex digits. */
    private static boolean isLabel(String tracker) {
        if (tracker == null || tracker.length() != 32) {
            return false;
        }
        for (int i = 0; i < 32; i++) {
            char c = tracker.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    /** Where the CSV starts, whether the program's tag named filterlog, and whether OPNsense's meta element came first. */
    private record Body(int start, boolean tagged, boolean opnsenseMeta) {
    }

    /** A body after an input's header may still begin with OPNsense's structured data or the program's own tag. */
    private static Body bodyAfterHeader(String line) {
        int i = 0;
        boolean meta = false;
        boolean tagged = false;
        if (line.startsWith("[")) {
            meta = line.startsWith("[meta ");
            int end = SyslogHeader.skipStructuredData(line, 0);
            i = end < 0 ? 0 : end < line.length() && line.charAt(end) == ' ' ? end + 1 : end;
        }
        if (line.startsWith(APP, i)) {
            int sp = line.indexOf(' ', i);
            if (sp > 0 && line.charAt(sp - 1) == ':') {
                tagged = true;
                i = sp + 1;
            }
        }
        return new Body(i, tagged, meta);
    }

    private static void fromInputHeader(EventBuilder b) {
        if (b.get(Fields.LOG_SYSLOG_HOSTNAME) instanceof String && !b.has(Fields.OBSERVER_HOSTNAME)) {
            String host = (String) b.get(Fields.LOG_SYSLOG_HOSTNAME);
            b.set(Fields.OBSERVER_HOSTNAME, host).set(Fields.OBSERVER_NAME, host);
        }
        b.set(Fields.PROCESS_NAME, APP);
        if (b.get(Fields.LOG_SYSLOG_PROCID) instanceof String && !b.has(Fields.PROCESS_PID)) {
            b.setFromText(Fields.PROCESS_PID, (String) b.get(Fields.LOG_SYSLOG_PROCID));
        }
    }

    /**
     * The header's facts, each in one field: a firewall event carries some 40 fields, and every further
     * field costs every later write a comparison in the builder, so copies (facility and severity from the
     * priority, the syslog host, program and PID again under log.syslog.*) are left out.
     */
    private static void setHeader(SyslogHeader h, EventBuilder b) {
        if (h.priority() >= 0) {
            b.set(Fields.LOG_SYSLOG_PRIORITY, h.priority());
        }
        if (h.timeNanos() != SyslogClock.INVALID) {
            b.eventNanos(h.timeNanos());
        }
        if (h.hostname() != null) {
            b.set(Fields.OBSERVER_HOSTNAME, h.hostname()).set(Fields.OBSERVER_NAME, h.hostname());
            IpAddress ip = IpAddress.tryParse(h.hostname());
            if (ip != null) {
                b.set(Fields.OBSERVER_IP, ip);
            }
        }
        if (h.appName() != null) {
            b.set(Fields.PROCESS_NAME, h.appName());
        }
        if (h.procId() != null) {
            long pid = CsvFields.number(h.procId(), 0, h.procId().length());
            if (pid >= 0) {
                b.set(Fields.PROCESS_PID, pid);
            } else {
                b.set(Fields.LOG_SYSLOG_PROCID, h.procId());
            }
        }
    }
}
