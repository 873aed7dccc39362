package io.usiem.rules.sigma.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.usiem.api.event.Event;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;
import io.usiem.api.event.Fields;
import io.usiem.api.event.LogSource;

/**
 * TEST ONLY: turns OTRF's NXLog-flattened Windows events into events as the Windows parser's contract
 * describes them (every EventData value as {@code winlog.event_data.<Name>}, {@code winlog.event_id},
 * {@code event.code}, {@code winlog.channel}, {@code winlog.provider_name}, {@code winlog.computer_name},
 * {@code host.name}, and the Sigma logsource from the channel and event id). To be replaced by the real
 * Windows parser once it lands.
 */
final class OtrfEvents {
    /** NXLog and shipper keys that are not EventData. */
    private static final Set<String> HEADER = Set.of("EventID", "Channel", "Task", "SourceName", "ProviderName", "Hostname",
            "Message", "@timestamp", "Keywords", "ProviderGuid", "EventTime", "@version", "EventReceivedTime", "port",
            "SeverityValue", "SourceModuleType", "tags", "SourceModuleName", "host", "ExecutionProcessID", "Severity",
            "ThreadID", "RecordNumber", "Version", "OpcodeValue", "TimeCreated", "Level", "AccountType", "AccountName",
            "Domain", "UserID", "Category", "Opcode", "EventTypeOrignal", "ERROR_EVT_UNRESOLVED");
    private static final Map<Integer, String> SYSMON = Map.ofEntries(Map.entry(1, "process_creation"),
            Map.entry(2, "file_change"), Map.entry(3, "network_connection"), Map.entry(4, "sysmon_status"),
            Map.entry(5, "process_termination"), Map.entry(6, "driver_load"), Map.entry(7, "image_load"),
            Map.entry(8, "create_remote_thread"), Map.entry(9, "raw_access_thread"), Map.entry(10, "process_access"),
            Map.entry(11, "file_event"), Map.entry(12, "registry_add"), Map.entry(13, "registry_set"),
            Map.entry(14, "registry_rename"), Map.entry(15, "create_stream_hash"), Map.entry(16, "sysmon_status"),
            Map.entry(17, "pipe_created"), Map.entry(18, "pipe_created"), Map.entry(19, "wmi_event"), Map.entry(20, "wmi_event"),
            Map.entry(21, "wmi_event"), Map.entry(22, "dns_query"), Map.entry(23, "file_delete"), Map.entry(24, "clipboard_change"),
            Map.entry(25, "process_tampering"), Map.entry(26, "file_delete_detected"), Map.entry(255, "sysmon_error"));
    private static final io.usiem.api.parser.LogParser PARSER = io.usiem.parser.windows.internal.WindowsParserForTests.utc();
    private static final io.usiem.api.parser.LogParser SHIPPED = io.usiem.parser.windows.internal.WindowsParserForTests.shipped();
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private OtrfEvents() {
    }

    /** The events the real Windows parser makes of an OTRF file (NXLog-flattened JSON), as the pipeline would. */
    static List<Event> read(Path file) throws IOException {
        return read(file, PARSER);
    }

    /** @return the events the parser's shipped configuration makes (the rendered Message kept as {@code message}) */
    static List<Event> readShipped(Path file) throws IOException {
        return read(file, SHIPPED);
    }

    private static List<Event> read(Path file, io.usiem.api.parser.LogParser parser) throws IOException {
        List<Event> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                io.usiem.api.parser.ParseResult r = parser.parse(io.usiem.api.parser.RawLog.of(line));
                if (r.isParsed()) {
                    out.addAll(r.events());
                }
            }
        }
        return out;
    }

    /** The contract-only converter the engine was first written against, before the parser existed. */
    static List<Event> readWithContractConverter(Path file) throws IOException {
        List<Event> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> m;
                try {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> parsed = JSON.readValue(line, Map.class);
                    m = parsed;
                } catch (IOException e) {
                    continue;
                }
                Event e = convert(line, m);
                if (e != null) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    static Event convert(String line, Map<String, Object> m) {
        Object id = m.get("EventID");
        Object channel = m.get("Channel");
        if (id == null || channel == null) {
            return null;
        }
        String ch = channel.toString();
        int eventId = Integer.parseInt(id.toString());
        boolean sysmon = ch.equals("Microsoft-Windows-Sysmon/Operational");
        EventBuilder b = Event.builder(line).logSource(logSource(ch, eventId, m));
        b.set(Field.of("winlog.event_id", FieldType.KEYWORD), id.toString());
        b.set(Fields.EVENT_CODE, id.toString());
        b.set(Field.of("winlog.channel", FieldType.KEYWORD), ch);
        Object provider = m.getOrDefault("SourceName", m.get("ProviderName"));
        if (provider != null) {
            b.set(Field.of("winlog.provider_name", FieldType.KEYWORD), provider.toString());
        }
        if (m.get("Hostname") != null) {
            b.set(Field.of("winlog.computer_name", FieldType.KEYWORD), m.get("Hostname").toString());
            b.set(Fields.HOST_NAME, m.get("Hostname").toString());
        }
        for (Map.Entry<String, Object> e : m.entrySet()) {
            String k = e.getKey();
            boolean eventData = !HEADER.contains(k) && !(k.equals("EventType") && !sysmon);
            if (eventData && e.getValue() != null && !(e.getValue() instanceof Map) && !(e.getValue() instanceof List)) {
                b.set(Field.of("winlog.event_data." + k, FieldType.KEYWORD), e.getValue().toString());
            }
        }
        return b.build();
    }

    static LogSource logSource(String channel, int eventId, Map<String, Object> m) {
        switch (channel) {
            case "Security":
                return LogSource.of("windows", "security", null);
            case "System":
                return LogSource.of("windows", "system", null);
            case "Application":
                return LogSource.of("windows", "application", null);
            case "Microsoft-Windows-Sysmon/Operational": {
                String category = SYSMON.get(eventId);
                if (eventId == 12 && String.valueOf(m.get("EventType")).equals("DeleteKey")) {
                    category = "registry_delete";
                }
                return LogSource.of("windows", "sysmon", category);
            }
            case "Microsoft-Windows-PowerShell/Operational":
                return LogSource.of("windows", "powershell", eventId == 4104 ? "ps_script" : eventId == 4103 ? "ps_module" : null);
            case "Windows PowerShell":
                return LogSource.of("windows", "powershell-classic", eventId == 400 ? "ps_classic_start" : eventId == 600 ? "ps_classic_provider_start" : null);
            default:
                return LogSource.of("windows", null, null);
        }
    }
}
