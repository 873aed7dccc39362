package io.usiem.parser.windows.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.usiem.api.event.Event;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.Fields;
import io.usiem.api.parser.LogParser;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.ParserMetadata;
import io.usiem.api.parser.RawLog;
import io.usiem.api.parser.SyslogClock;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Windows event log records as JSON, one record (or an array of records) per line, in the shapes real
 * shippers write: evtx_dump / XML-as-JSON, Winlogbeat, NXLog and Log Analytics flattened; or as the event
 * XML itself (wevtutil, WEF, NXLog to_xml, Splunk XmlWinEventLog, Sysmon for Linux over syslog). Every
 * EventData value is kept as {@code winlog.event_data.<Name>} for Sigma; ECS follows Elastic's Windows
 * and System integrations.
 */
@Component(service = LogParser.class, configurationPid = WindowsEventConfig.PID)
@Designate(ocd = WindowsEventConfig.class)
public final class WindowsEventParser implements LogParser {
    /** The builder is sized once: a Security or Sysmon record has 30-70 fields (the golden files' range). */
    private static final int EXPECTED_FIELDS = 56;
    /**
     * Fields an event gets besides its EventData values: up to 44 in the OTRF corpus (header, ECS, related.*),
     * so a record with many values is sized for them too rather than grown (a copy of the table) mid-mapping.
     */
    private static final int FIELDS_BESIDES_DATA = 44;
    static final ParserMetadata METADATA = ParserMetadata.builder("windows-eventlog")
            .source("Microsoft", "Windows")
            .description("Windows event log records as JSON (evtx_dump, Winlogbeat, NXLog, Log Analytics) or event XML: Security, Sysmon (Windows and Linux), PowerShell, System and any other channel.")
            .sourceTypes("windows", "winlogbeat", "nxlog-windows", "evtx-json", "sysmon", "windows-xml", "sysmon-linux")
            .categories(EventCategory.AUTHENTICATION, EventCategory.PROCESS, EventCategory.IAM, EventCategory.NETWORK,
                    EventCategory.FILE, EventCategory.REGISTRY, EventCategory.DNS, EventCategory.GENERIC)
            .fields(Fields.EVENT_CODE, Fields.EVENT_ACTION, Fields.EVENT_OUTCOME, Fields.EVENT_PROVIDER, Fields.HOST_NAME,
                    WinFields.WINLOG_EVENT_ID, WinFields.WINLOG_CHANNEL, WinFields.WINLOG_PROVIDER_NAME,
                    WinFields.WINLOG_COMPUTER_NAME, WinFields.WINLOG_RECORD_ID, Fields.USER_NAME, Fields.USER_DOMAIN,
                    Fields.USER_ID, Fields.SOURCE_IP, Fields.SOURCE_PORT, Fields.DESTINATION_IP, Fields.DESTINATION_PORT,
                    Fields.PROCESS_EXECUTABLE, Fields.PROCESS_NAME, Fields.PROCESS_PID, Fields.PROCESS_COMMAND_LINE,
                    Fields.PROCESS_PARENT_EXECUTABLE, Fields.PROCESS_PARENT_COMMAND_LINE, Fields.PROCESS_HASH_SHA256,
                    Fields.FILE_PATH, Fields.REGISTRY_PATH, Fields.REGISTRY_VALUE, Fields.DNS_QUESTION_NAME,
                    WinFields.WINLOG_LOGON_TYPE, WinFields.POWERSHELL_SCRIPT_BLOCK_TEXT, Fields.RELATED_USER, Fields.RELATED_IP)
            .samples(WindowsSamples.SAMPLES)
            .logSources(WindowsSamples.LOG_SOURCES)
            .build();

    private final WinJsonReader reader;
    private final WinXmlReader xmlReader;
    private final WinEventMapper mapper;

    /** @param config the configuration; an unknown time zone fails activation */
    @Activate
    public WindowsEventParser(WindowsEventConfig config) {
        this(SyslogClock.configuredZone(WindowsEventConfig.PID, config.timezone()), config.keepMessage());
    }

    WindowsEventParser(ZoneId zone, boolean keepMessage) {
        JsonFactory factory = JsonFactory.builder()
                // A hostile line must not cost more than its length: bounded nesting and numbers.
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxNumberLength(64).build())
                .build();
        this.reader = new WinJsonReader(factory, Event.MAX_EVENTS_PER_LINE);
        this.xmlReader = new WinXmlReader(reader, Event.MAX_EVENTS_PER_LINE);
        this.mapper = new WinEventMapper(zone, keepMessage);
    }

    @Override
    public ParserMetadata metadata() {
        return METADATA;
    }

    @Override
    public ParseResult parse(RawLog raw) {
        String line = raw.message();
        int start = jsonStart(line);
        if (start < 0) {
            return parseXml(raw, line); // the XML branch is only taken by lines that are not JSON
        }
        WinJsonReader.Outcome o = reader.read(line, start);
        if (o.notMine) {
            if (o.embeddedXml != null) {
                return parseEmbeddedXml(raw, o.embeddedXml);
            }
            // A syslog header then XML whose text has a " {" (a command line) was taken for JSON at that brace.
            return start > 0 ? parseXml(raw, line) : ParseResult.notMine();
        }
        return events(raw, o, true);
    }

    private ParseResult parseXml(RawLog raw, String text) {
        int start = XmlScan.xmlStart(text);
        return start < 0 ? ParseResult.notMine() : events(raw, xmlReader.read(text, start), false);
    }

    /**
     * Event XML in a JSON line's message (a Log Analytics Syslog row, a shipper's record). The Log Analytics agent
     * wrote every {@code ;} as a blank, so a reference such as {@code &lt;} arrives as {@code &lt }: a record the XML
     * reader refuses for that is read again with them restored.
     */
    private ParseResult parseEmbeddedXml(RawLog raw, String xml) {
        int start = XmlScan.xmlStart(xml);
        if (start < 0) {
            return ParseResult.notMine();
        }
        WinJsonReader.Outcome o = xmlReader.read(xml, start);
        if (o.error != null) {
            String restored = CharRefs.restoreSemicolons(xml);
            if (restored != xml) {
                WinJsonReader.Outcome again = xmlReader.read(restored, start);
                o = again.error == null ? again : o;
            }
        }
        return events(raw, o, false);
    }

    /** @param reuse whether a single record goes back to the JSON reader for the next line */
    private ParseResult events(RawLog raw, WinJsonReader.Outcome o, boolean reuse) {
        if (o.notMine) {
            return ParseResult.notMine();
        }
        if (o.error != null) {
            return ParseResult.formatError(o.error);
        }
        if (o.records.size() == 1) {
            WinRecord r = o.records.get(0);
            EventBuilder b = raw.newEventBuilder(0, expectedFields(r));
            String error = mapper.map(r, b);
            ParseResult result = error == null ? ParseResult.parsed(b.build()) : ParseResult.formatError(error);
            if (reuse) {
                reader.release(r);
            }
            return result;
        }
        List<Event> events = new ArrayList<>(o.records.size());
        for (int i = 0; i < o.records.size(); i++) {
            EventBuilder b = raw.newEventBuilder(i, expectedFields(o.records.get(i)));
            String error = mapper.map(o.records.get(i), b);
            if (error != null) {
                return ParseResult.formatError("record " + (i + 1) + ": " + error);
            }
            events.add(b.build());
        }
        return ParseResult.parsed(events);
    }

    private static int expectedFields(WinRecord r) {
        return Math.max(EXPECTED_FIELDS, r.size + FIELDS_BESIDES_DATA);
    }

    /**
     * @return where the JSON starts: at once, or after a syslog header (a line from a file or
     *     {@code siem:parse} still has it; NXLog and Winlogbeat both forward over syslog); -1 when none
     */
    static int jsonStart(String line) {
        int n = line.length();
        int i = XmlScan.contentStart(line);
        if (i == n) {
            return -1;
        }
        char c = line.charAt(i);
        if (c == '{' || c == '[') {
            return i;
        }
        if (c != '<' && !Character.isLetterOrDigit(c)) {
            return -1;
        }
        // A syslog header is short and has no braces of its own.
        int brace = line.indexOf('{', i);
        return brace > 0 && brace < 1024 && line.charAt(brace - 1) == ' ' ? brace : -1;
    }
}
