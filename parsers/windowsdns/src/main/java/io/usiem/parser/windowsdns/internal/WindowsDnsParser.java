package io.usiem.parser.windowsdns.internal;

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

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The Windows DNS Server debug log ({@code %SystemRoot%\System32\dns\dns.log}): PACKET lines become ECS DNS
 * events (client, question name and type, response code, flags, transport), other dated lines generic
 * events with their text, and the file's header lines are discarded.
 */
@Component(service = LogParser.class, configurationPid = WindowsDnsConfig.PID)
@Designate(ocd = WindowsDnsConfig.class)
public final class WindowsDnsParser implements LogParser {
    static final String SOURCE_TYPE = "windows-dns";
    /**
     * Sigma names no logsource for the debug log: its DNS server events are product windows, service dns-server, and
     * category dns, so SigmaHQ's product-less DNS rules (query, record_type) read it as they read Zeek's or Suricata's.
     */
    static final LogSource LOGSOURCE = LogSource.of("windows", "dns-server", "dns");
    static final String MODULE = "microsoft_dnsserver";
    static final String DATASET = "microsoft_dnsserver.debug";

    static final ParserMetadata METADATA = ParserMetadata.builder("windows-dns-debug")
            .source("Microsoft", "DNS Server")
            .description("Windows DNS Server debug log (dns.log) packet lines, M/d/yyyy 12-hour and d/M/yyyy 24-hour locales.")
            .sourceTypes(SOURCE_TYPE, "windows-dns-debug", "msdns")
            .categories(EventCategory.DNS, EventCategory.GENERIC)
            .fields(Fields.SOURCE_IP, Fields.CLIENT_IP, Fields.DESTINATION_IP, Fields.SERVER_IP, Fields.DNS_ID,
                    Fields.DNS_TYPE, DnsFields.DNS_OP_CODE, Fields.DNS_HEADER_FLAGS, Fields.DNS_RESPONSE_CODE,
                    Fields.DNS_QUESTION_NAME, Fields.DNS_QUESTION_TYPE, Fields.NETWORK_TRANSPORT,
                    Fields.NETWORK_PROTOCOL, Fields.NETWORK_DIRECTION, Fields.EVENT_ACTION, Fields.RELATED_IP,
                    DnsFields.THREAD_ID, DnsFields.CONTEXT, DnsFields.PACKET_ID, DnsFields.FLAGS, Fields.MESSAGE)
            .samples("6/5/2013 10:00:32 AM 0E70 PACKET  00000000033397A0 UDP Rcv 10.161.60.71    5b47   Q [0001   D   NOERROR] A      (12)somecomputer(6)domain(3)com(0)",
                    "6/5/2013 10:00:32 AM 0E70 PACKET  00000000033397A0 UDP Snd 10.161.60.71    5b47 R Q [8081   DR  NOERROR] A      (12)somecomputer(6)domain(3)com(0)",
                    "21/11/2023 14:03:07 0A3C PACKET  000001F2C3D4E5F0 UDP Rcv 192.168.1.50    c2d1   Q [0001   D   NOERROR] AAAA   (3)www(7)example(3)org(0)",
                    "21/11/2023 14:03:07 0A3C PACKET  000001F2C3D4E600 UDP Snd 192.168.1.50    c2d1 R Q [8183   DR NXDOMAIN] A      (8)badhost1(4)corp(5)local(0)",
                    "4/11/2026 3:29:17 PM 0294 PACKET  000002DAEC36D650 TCP Rcv fe80::1c2a:3bff:fe4d:5e6f d07e   Q [0001   D   NOERROR] SOA    (4)home(4)gell(3)one(0)",
                    "6/5/2013 10:00:33 AM 0E70 PACKET  0000000003339900 UDP Snd 8.8.8.8         a1b2   Q [0001   D   NOERROR] MX     (7)example(3)com(0)")
            .logSources(LOGSOURCE)
            .build();

    private static final String[] CONTEXTS = {"PACKET", "EVENT", "Note:"};

    private final DebugLogTime times;

    /** @param config the configuration; an unknown time zone or date order fails activation */
    @Activate
    public WindowsDnsParser(WindowsDnsConfig config) {
        this(SyslogClock.configuredZone(WindowsDnsConfig.PID, config.timezone()), order(config.dateOrder()));
    }

    WindowsDnsParser(ZoneId zone, DebugLogTime.Order order) {
        this.times = new DebugLogTime(zone, order);
    }

    private static DebugLogTime.Order order(String v) {
        try {
            return DebugLogTime.Order.valueOf(v.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(WindowsDnsConfig.PID + ": dateOrder must be auto, mdy or dmy, not '" + v + "'", e);
        }
    }

    @Override
    public ParserMetadata metadata() {
        return METADATA;
    }

    @Override
    public ParseResult parse(RawLog raw) {
        String s = raw.message();
        DebugLogTime.Result t = new DebugLogTime.Result();
        int start = dateStart(s, t);
        if (start < 0) {
            return headerOrNotMine(s, raw);
        }
        LineTokens tk = new LineTokens(s, t.end);
        String thread = tk.next();
        String context = tk.nextKnown(CONTEXTS);
        if (thread == null || context == null || thread.length() != 4 || !isHex(thread)) {
            return ParseResult.notMine();
        }
        boolean declared = raw.sourceType() != null && METADATA.sourceTypes().contains(raw.sourceType());
        if (context != CONTEXTS[0] && context != CONTEXTS[1] && context != CONTEXTS[2] && !declared) {
            return ParseResult.notMine(); // a dated line of some other log; only dns.log's own contexts are claimed
        }
        EventBuilder b = raw.newEventBuilder().observer("Microsoft", "DNS Server").originRole(OriginRole.HOST)
                .logSource(LOGSOURCE).eventNanos(t.epochNanos);
        b.set(Fields.EVENT_MODULE, MODULE).set(Fields.EVENT_DATASET, DATASET).set(DnsFields.THREAD_ID, thread)
                .set(DnsFields.CONTEXT, context);
        if (context != CONTEXTS[0]) {
            String rest = tk.rest();
            if (!rest.isEmpty()) {
                b.set(Fields.MESSAGE, rest);
            }
            return ParseResult.parsed(b.build());
        }
        String error = packet(tk, b, raw);
        return error == null ? ParseResult.parsed(b.build()) : ParseResult.formatError(error);
    }

    /** @return where the date starts: at once, or after a syslog header; -1 when the line has no debug log date */
    private int dateStart(String s, DebugLogTime.Result t) {
        if (!s.isEmpty() && s.charAt(0) >= '0' && s.charAt(0) <= '9') {
            return times.parse(s, 0, t) ? 0 : -1;
        }
        int limit = Math.min(s.length(), 256);
        for (int i = 1; i < limit; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' && s.charAt(i - 1) == ' ' && times.parse(s, i, t)
                    && s.indexOf(" PACKET ", t.end) > 0) {
                return i;
            }
        }
        return -1;
    }

    /** The file's header (creation, wrap and field key lines) is this log's, but no event. */
    private static ParseResult headerOrNotMine(String s, RawLog raw) {
        if (s.startsWith("DNS Server log file creation at") || s.startsWith("Log file wrap at")
                || s.startsWith("Message logging key")) {
            return ParseResult.discard("windows dns debug log header");
        }
        if ((s.startsWith("UDP ") || s.startsWith("TCP ")) && s.contains(" info at ")) {
            // "UDP question info at 00000000033397A0": the first line of a full-packet detail section
            return ParseResult.discard("windows dns debug log packet detail");
        }
        String type = raw.sourceType();
        if (type != null && METADATA.sourceTypes().contains(type)) {
            // Field key lines, blank lines and full-packet detail sections of a declared dns.log.
            return s.isBlank() || Character.isWhitespace(s.charAt(0)) ? ParseResult.discard("windows dns debug log header or packet detail")
                    : ParseResult.formatError("no debug log date at the start of the line");
        }
        return ParseResult.notMine();
    }

    private static final String[] PROTOCOLS = {"UDP", "TCP"};
    private static final String[] DIRECTIONS = {"Rcv", "Snd"};
    private static final String[] OPS = {"Q", "R", "N", "U", "?"};
    private static final String[] QTYPES = {"A", "AAAA", "PTR", "SRV", "SOA", "MX", "TXT", "CNAME", "NS", "ANY", "HTTPS",
        "SVCB", "DS", "DNSKEY", "AXFR", "IXFR", "NAPTR", "CAA"};
    private static final String[] RCODES = {"NOERROR", "NXDOMAIN", "SERVFAIL", "REFUSED", "FORMERR", "NOTIMP", "YXDOMAIN",
        "NXRRSET", "NOTAUTH", "NOTZONE"};
    private static final String[] FLAG_CHARS = {"D", "DR", "A", "AD", "ADR", "AR", "R", "T", "TD", "TDR"};

    private String packet(LineTokens tk, EventBuilder b, RawLog raw) {
        String packetId = tk.next();
        String proto = tk.nextKnown(PROTOCOLS);
        String dir = tk.nextKnown(DIRECTIONS);
        if (!tk.span()) {
            return "PACKET line ends before its remote address";
        }
        IpAddress peer = IpAddress.tryParse(tk.s, tk.from, tk.to);
        String xid = tk.next();
        if (xid == null) {
            return "PACKET line ends before its transaction id";
        }
        boolean udp = proto == PROTOCOLS[0];
        if (!udp && proto != PROTOCOLS[1]) {
            return "PACKET protocol is neither UDP nor TCP: " + proto;
        }
        boolean received = dir == DIRECTIONS[0];
        if (!received && dir != DIRECTIONS[1]) {
            return "PACKET direction is neither Snd nor Rcv: " + dir;
        }
        if (peer == null) {
            return "PACKET remote address is not an IP address: " + tk.s.substring(tk.from, tk.to);
        }
        String op = tk.nextKnown(OPS);
        boolean response = false;
        if (op == OPS[1]) {
            response = true;
            op = tk.nextKnown(OPS);
        }
        int open = tk.expect('[');
        if (op == null || op.length() != 1 || open < 0) {
            return "PACKET line lacks the opcode and [flags]";
        }
        int close = tk.closing(']');
        if (close < 0) {
            return "PACKET flags are not closed by ]";
        }
        LineTokens flags = new LineTokens(tk.s, open + 1, close);
        String hex = flags.next();
        String second = flags.nextKnown(FLAG_CHARS);
        String third = flags.nextKnown(RCODES);
        String chars = third == null ? null : second;
        String rcode = third == null ? second : third;
        if (hex == null || rcode == null || !isHex(hex)) {
            return "PACKET flags are not [hex chars RCODE]";
        }
        tk.at = close + 1;
        String qtype = tk.nextKnown(QTYPES);
        if (qtype == null) {
            return "PACKET line ends before its question";
        }

        b.set(DnsFields.PACKET_ID, packetId).set(DnsFields.FLAGS, hex);
        b.set(Fields.NETWORK_TRANSPORT, udp ? "udp" : "tcp").set(Fields.NETWORK_PROTOCOL, "dns")
                .set(Fields.NETWORK_DIRECTION, received ? "ingress" : "egress");
        b.set(Fields.DNS_ID, xid).set(Fields.DNS_TYPE, response ? "answer" : "query");
        b.set(DnsFields.DNS_OP_CODE, opCode(op.charAt(0)));
        List<String> headerFlags = headerFlags(chars, response);
        if (!headerFlags.isEmpty()) {
            b.set(Fields.DNS_HEADER_FLAGS, headerFlags);
        }
        if (response) {
            b.set(Fields.DNS_RESPONSE_CODE, rcode);
            b.set(Fields.EVENT_OUTCOME, rcode == RCODES[0] ? "success" : "failure");
        }
        b.set(Fields.DNS_QUESTION_TYPE, qtype);
        if (tk.restSpan()) {
            String name = QuestionNames.decode(tk.s, tk.from, tk.to);
            b.set(Fields.DNS_QUESTION_NAME, name != null ? name : tk.s.substring(tk.from, tk.to));
        }
        // The client is whoever asked: the peer of a received query or of a sent answer; otherwise the
        // server itself asked the peer (recursion, forwarders, zone transfers).
        boolean peerIsClient = received != response;
        b.setIps(Fields.RELATED_IP, List.of(peer));
        IpAddress self = raw.originIp();
        if (peerIsClient) {
            b.set(Fields.SOURCE_IP, peer).set(Fields.CLIENT_IP, peer);
            if (self != null) {
                b.set(Fields.DESTINATION_IP, self).set(Fields.SERVER_IP, self);
            }
        } else {
            b.set(Fields.DESTINATION_IP, peer).set(Fields.SERVER_IP, peer);
            if (self != null) {
                b.set(Fields.SOURCE_IP, self).set(Fields.CLIENT_IP, self);
            }
        }
        b.set(Fields.EVENT_ACTION, response ? "dns-response" : "dns-query")
                .ecsCategory(EcsCategory.NETWORK).ecsType(EcsEventType.PROTOCOL);
        b.category(b.has(Fields.SOURCE_IP) && b.has(Fields.DNS_QUESTION_NAME) ? EventCategory.DNS : EventCategory.GENERIC);
        return null;
    }

    private static String opCode(char c) {
        return switch (c) {
            case 'Q' -> "QUERY";
            case 'N' -> "NOTIFY";
            case 'U' -> "UPDATE";
            default -> "UNKNOWN";
        };
    }

    private static final List<String> NO_FLAGS = List.of();

    /** A authoritative, T truncated, D recursion desired, R recursion available, as ECS header flags. */
    private static List<String> headerFlags(String chars, boolean response) {
        if (chars == null || chars.isEmpty()) {
            return NO_FLAGS;
        }
        if (chars.length() == 1 && chars.charAt(0) == 'D') {
            return RD;
        }
        if (chars.length() == 2 && "DR".equals(chars)) {
            return RD_RA;
        }
        List<String> out = new ArrayList<>(4);
        for (int i = 0; i < chars.length(); i++) {
            switch (chars.charAt(i)) {
                case 'A' -> out.add("AA");
                case 'T' -> out.add("TC");
                case 'D' -> out.add("RD");
                case 'R' -> out.add("RA");
                default -> {
                    // unknown letter: the raw flags stay in windows_dns.flags
                }
            }
        }
        return out;
    }

    private static final List<String> RD = List.of("RD");
    private static final List<String> RD_RA = List.of("RD", "RA");

    private static boolean isHex(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (Character.digit(v.charAt(i), 16) < 0) {
                return false;
            }
        }
        return !v.isEmpty();
    }
}
