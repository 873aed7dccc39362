package io.usiem.parser.suricata.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.usiem.api.event.Event;
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

import java.io.IOException;
import java.time.ZoneOffset;

import org.osgi.service.component.annotations.Component;

/**
 * Suricata EVE JSON, bare or behind the syslog header of Suricata's syslog output
 * ({@code suricata[123]: {...}}): every event_type, ECS fields as Elastic's Suricata integration sets them,
 * every other member under {@code suricata.eve.*}.
 */
@Component(service = LogParser.class)
public final class SuricataEveParser implements LogParser {
    /** The builder is sized once: an alert or flow record has 25-50 fields (the golden files' range). */
    private static final int EXPECTED_FIELDS = 40;
    /** Past this an event type's tables are not sized ahead (the field index holds at most 127 fields). */
    private static final int MAX_EXPECTED_FIELDS = 127;
    /** Only the header's host name is used, so its times need no configured zone. */
    private static final SyslogClock HEADER_CLOCK = new SyslogClock(ZoneOffset.UTC);
    static final String MODULE = "suricata";
    static final String DATASET = "suricata.eve";
    /** Bound on cached member paths (stats records alone have a few hundred). */
    private static final int MAX_PATHS = 20_000;

    static final ParserMetadata METADATA = ParserMetadata.builder("suricata-eve")
            .source("OISF", "Suricata")
            .description("Suricata EVE JSON (alert, flow, netflow, dns v1-v3, http, tls, fileinfo, ssh, smb, stats...), bare or after a syslog header.")
            .sourceTypes("suricata.eve", "suricata", "suricata_eve")
            .categories(EventCategory.INTRUSION, EventCategory.NETWORK, EventCategory.DNS, EventCategory.DHCP, EventCategory.GENERIC)
            .fields(Fields.SOURCE_IP, Fields.SOURCE_PORT, Fields.DESTINATION_IP, Fields.DESTINATION_PORT, Fields.NETWORK_TRANSPORT,
                    Fields.NETWORK_PROTOCOL, Fields.NETWORK_COMMUNITY_ID, Fields.NETWORK_BYTES, Fields.NETWORK_PACKETS,
                    Fields.SOURCE_BYTES, Fields.DESTINATION_BYTES, Fields.SOURCE_PACKETS, Fields.DESTINATION_PACKETS,
                    Fields.EVENT_START, Fields.EVENT_END, Fields.EVENT_DURATION, Fields.EVENT_SEVERITY, Fields.EVENT_OUTCOME,
                    Fields.RULE_ID, Fields.RULE_NAME, Fields.RULE_CATEGORY, Fields.MESSAGE, Fields.URL_ORIGINAL, Fields.URL_DOMAIN,
                    Fields.URL_PATH, Fields.URL_QUERY, Fields.HTTP_REQUEST_METHOD, Fields.HTTP_RESPONSE_STATUS_CODE,
                    Fields.USER_AGENT_ORIGINAL, Fields.DNS_QUESTION_NAME, Fields.DNS_QUESTION_TYPE, Fields.DNS_ANSWERS,
                    Fields.DNS_RESOLVED_IP, Fields.DNS_RESPONSE_CODE, Fields.TLS_CLIENT_SERVER_NAME, Fields.TLS_CLIENT_JA3,
                    Fields.TLS_SERVER_JA3S, Fields.TLS_VERSION, Fields.FILE_PATH, Fields.FILE_SIZE, Fields.RELATED_IP,
                    EveFields.EVENT_TYPE, EveFields.FLOW_ID)
            .samples(SuricataSamples.LINES)
            .logSources(EveLine.LOGSOURCE, EveLine.LOGSOURCE_DNS)
            .build();

    private final JsonFactory json;
    private final EveReader reader;
    private final FieldCounts fieldCounts = new FieldCounts(EXPECTED_FIELDS, MAX_EXPECTED_FIELDS);

    /** Makes the parser; it has no configuration. */
    public SuricataEveParser() {
        this.json = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(EveReader.MAX_DEPTH + 8).build())
                .build();
        PathNode root = PathNode.root(EveFields.PREFIX, MAX_PATHS);
        EveRole.install(root);
        this.reader = new EveReader(root, 4096);
    }

    @Override
    public ParserMetadata metadata() {
        return METADATA;
    }

    @Override
    public ParseResult parse(RawLog raw) {
        String line = raw.message();
        boolean declared = raw.sourceType() != null;
        int start = jsonStart(line);
        if (start < 0) {
            return declared ? ParseResult.formatError("no EVE JSON object in the line") : ParseResult.notMine();
        }
        int typeSlot = FieldCounts.slot(line, start);
        EventBuilder b = raw.newEventBuilder(0, fieldCounts.expected(typeSlot));
        EveLine s = new EveLine();
        try (JsonParser p = start == 0 ? json.createParser(line) : json.createParser(line.substring(start))) {
            p.nextToken();
            reader.readRecord(p, b, s);
            if (p.nextToken() != null) {
                return ParseResult.formatError("text after the EVE JSON object");
            }
        } catch (JsonEOFException e) {
            return malformed(line, declared, "truncated EVE JSON: the line ends inside the record");
        } catch (JsonProcessingException e) {
            return malformed(line, declared, "malformed EVE JSON: " + shortMessage(e.getOriginalMessage()));
        } catch (EveFormatException e) {
            return malformed(line, declared, e.getMessage());
        } catch (IOException | RuntimeException e) {
            return ParseResult.formatError("unreadable EVE record: " + e);
        }
        if (s.eventType == null) {
            return declared ? ParseResult.formatError("EVE record without event_type") : ParseResult.notMine();
        }
        try {
            s.finish(b);
            if (start > 0) {
                // A file of forwarded lines still names its sensor in the syslog header.
                SyslogHeader h = new SyslogHeader().untaggedHost();
                String host = h.read(line.substring(0, start), HEADER_CLOCK, raw.receivedNanos()) == null ? h.hostname() : null;
                if (host != null) {
                    b.set(Fields.OBSERVER_HOSTNAME, host);
                }
            } else if (raw.header().fieldCount() > 0 && raw.header().get(Fields.LOG_SYSLOG_HOSTNAME) instanceof String) {
                // The syslog input read the header: the sensor it names is the observer.
                b.set(Fields.OBSERVER_HOSTNAME, (String) raw.header().get(Fields.LOG_SYSLOG_HOSTNAME));
            }
            b.observer("OISF", "Suricata").originRole(OriginRole.OBSERVER)
                    .set(Fields.OBSERVER_TYPE, "ids").set(Fields.EVENT_MODULE, MODULE).set(Fields.EVENT_DATASET, DATASET);
            Event event = b.build();
            fieldCounts.seen(typeSlot, event.fieldCount() - raw.header().fieldCount());
            return ParseResult.parsed(event);
        } catch (RuntimeException e) {
            return ParseResult.formatError("EVE record not mappable: " + e.getMessage());
        }
    }

    /** Jackson's message up to where it starts describing its own source location. */
    private static String shortMessage(String message) {
        if (message == null) {
            return "unreadable";
        }
        int cut = message.indexOf(" (start marker");
        int at = message.indexOf("\n at [");
        cut = cut < 0 ? at : at < 0 ? cut : Math.min(cut, at);
        return cut < 0 ? message : message.substring(0, cut);
    }

    /** A broken line is ours when it names an event_type or was routed to us; otherwise another JSON source's. */
    private static ParseResult malformed(String line, boolean declared, String reason) {
        if (declared || line.contains("\"event_type\"") || line.contains("\"flow_id\"")) {
            return ParseResult.formatError(reason.length() > 300 ? reason.substring(0, 300) : reason);
        }
        return ParseResult.notMine();
    }

    /**
     * @return where the JSON object starts: 0 for a bare record, after {@code tag: } for one behind a
     *     syslog header, -1 when the line holds none
     */
    static int jsonStart(String line) {
        int n = line.length();
        int i = 0;
        while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\uFEFF')) {
            i++;
        }
        if (i < n && line.charAt(i) == '{') {
            return i;
        }
        // Behind a syslog header (RFC 3164 "suricata[1234]: {", RFC 5424 "suricata 1234 - - {"): the
        // header holds no quote, so text before the first brace that does is not a header.
        int brace = line.indexOf('{', i);
        if (brace < 0 || brace + 1 >= n || line.charAt(brace + 1) != '"') {
            return -1;
        }
        for (int k = i; k < brace; k++) {
            if (line.charAt(k) == '"') {
                return -1;
            }
        }
        return brace;
    }
}
