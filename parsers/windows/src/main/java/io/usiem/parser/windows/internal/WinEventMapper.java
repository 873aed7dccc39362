package io.usiem.parser.windows.internal;

import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.EventKind;
import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;
import io.usiem.api.event.Fields;
import io.usiem.api.event.LogSource;
import io.usiem.api.event.OriginRole;
import io.usiem.api.event.Tags;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps a {@link WinRecord} onto an event: the {@code winlog.*} header and every EventData value as
 * {@code winlog.event_data.<Name>} (what Sigma rules match), the Sigma logsource, then ECS per channel and
 * event id (see {@link SecurityMapping}, {@link SysmonMapping}, {@link PowerShellMapping}).
 */
final class WinEventMapper {
    /** Bound on the per-name field cache: EventData names are a small vocabulary, hostile lines are not. */
    private static final int FIELD_CACHE_LIMIT = 8192;
    private final ZoneId zone;
    private final boolean keepMessage;
    private final ConcurrentHashMap<String, Field> dataFields = new ConcurrentHashMap<>();

    WinEventMapper(ZoneId zone, boolean keepMessage) {
        this.zone = zone;
        this.keepMessage = keepMessage;
    }

    /** @return null when mapped, otherwise why the record cannot be an event */
    String map(WinRecord r, EventBuilder b) {
        long id = Ecs.number(r.eventId == null ? null : r.eventId.trim());
        if (id < 0 || id > 65535) {
            return "EventID is not an event id: " + abbreviate(r.eventId);
        }
        String code = r.eventId.length() == digits(id) ? r.eventId : Long.toString(id);
        WinChannels.Kind kind = WinChannels.kind(r.channel);
        // A collector reading a WEC subscription's ForwardedEvents (NXLog) names that channel, not the source's:
        // the provider says which log the event came from.
        String channel = r.channel;
        if (kind == WinChannels.Kind.OTHER && r.provider != null
                && (channel == null || "ForwardedEvents".equalsIgnoreCase(channel))) {
            kind = kindOfProvider(r.provider, id);
            channel = WinChannels.channelOf(kind, channel);
        }
        boolean sysmon = kind == WinChannels.Kind.SYSMON || kind == WinChannels.Kind.SYSMON_LINUX;
        b.observer("Microsoft", sysmon ? "Sysmon" : "Windows").originRole(OriginRole.HOST)
                .kind(EventKind.EVENT);
        time(r, b);
        header(r, b, code);
        b.set(Fields.EVENT_MODULE, WinChannels.module(kind)).set(Fields.EVENT_DATASET, WinChannels.dataset(kind, channel));
        for (int i = 0; i < r.size; i++) {
            Field f = r.fields[i];
            b.set(f != null ? f : dataField(r.names[i]), r.values[i]);
        }
        LogSource ls = kind == WinChannels.Kind.SYSMON_LINUX ? WinChannels.LINUX_SYSMON : WinChannels.logSource(channel);
        int n = (int) id;
        switch (kind) {
            case SECURITY -> {
                SecurityMapping.map(r, n, b);
                if (n == 4688) {
                    ls = ls.withCategory("process_creation");
                }
            }
            case SYSMON -> {
                SysmonMapping.map(r, n, b);
                ls = ls.withCategory(WinChannels.sysmonCategory(n, r.get("EventType")));
            }
            case SYSMON_LINUX -> {
                SysmonMapping.map(r, n, b);
                // On Linux LogonId is the login uid (auid); Sigma's Linux pipeline maps LogonId to process.user.id.
                Ecs.set(b, WinFields.PROCESS_USER_ID, r.present("LogonId"));
                ls = ls.withCategory(WinChannels.sysmonCategory(n, null));
            }
            case POWERSHELL -> {
                PowerShellMapping.operational(r, n, b);
                ls = ls.withCategory(n == 4104 ? "ps_script" : n == 4103 ? "ps_module" : null);
            }
            case POWERSHELL_CLASSIC -> {
                PowerShellMapping.classic(r, n, b, dataField("Data"));
                ls = ls.withCategory(n == 400 ? "ps_classic_start" : n == 600 ? "ps_classic_provider_start"
                        : n == 800 ? "ps_classic_script" : null);
            }
            case SYSTEM -> SystemMapping.map(r, n, b);
            default -> {
                // other channels: header and EventData only
            }
        }
        b.logSource(ls);
        if (r.truncated) {
            b.tag(Tags.TRUNCATED);
        }
        EventCategory c = b.category();
        if (c != EventCategory.GENERIC) {
            List<Field> required = c.requiredFields();
            for (int i = 0; i < required.size(); i++) {
                if (!b.has(required.get(i))) {
                    b.category(EventCategory.GENERIC); // the typed category promises fields this record lacks
                    break;
                }
            }
        }
        return null;
    }

    private static int digits(long n) {
        return n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10000 ? 4 : 5;
    }

    private static WinChannels.Kind kindOfProvider(String provider, long id) {
        return switch (provider) {
            case "Microsoft-Windows-Security-Auditing" -> WinChannels.Kind.SECURITY;
            case "Microsoft-Windows-Sysmon" -> WinChannels.Kind.SYSMON;
            case "Linux-Sysmon" -> WinChannels.Kind.SYSMON_LINUX;
            case "Microsoft-Windows-PowerShell" -> WinChannels.Kind.POWERSHELL;
            case "PowerShell" -> WinChannels.Kind.POWERSHELL_CLASSIC;
            case "Service Control Manager" -> WinChannels.Kind.SYSTEM;
            // The event log service writes its own events to the log they concern: 1100-1108 to Security.
            case "Microsoft-Windows-Eventlog" -> id >= 1100 && id <= 1108 ? WinChannels.Kind.SECURITY : WinChannels.Kind.SYSTEM;
            default -> WinChannels.Kind.OTHER;
        };
    }

    Field dataField(String name) {
        Field f = dataFields.get(name);
        if (f == null) {
            f = Field.of(WinFields.EVENT_DATA_PREFIX + name, FieldType.KEYWORD);
            if (dataFields.size() < FIELD_CACHE_LIMIT) {
                dataFields.putIfAbsent(name, f);
            }
        }
        return f;
    }

    /** Event time: the record's UTC time, Sysmon's UtcTime, the shipper's, then a zone-less local time. */
    private void time(WinRecord r, EventBuilder b) {
        long t = WinTimes.parse(r.timeSystem, true, zone);
        if (t == WinTimes.INVALID) {
            t = WinTimes.parse(r.timeLocal, true, zone);
        }
        if (t == WinTimes.INVALID && ("Microsoft-Windows-Sysmon".equals(r.provider) || "Linux-Sysmon".equals(r.provider))) {
            t = WinTimes.parse(r.get("UtcTime"), false, java.time.ZoneOffset.UTC);
        }
        if (t == WinTimes.INVALID) {
            t = WinTimes.parse(r.timeStamp, true, zone);
        }
        if (t == WinTimes.INVALID) {
            t = WinTimes.parse(r.timeSystem, false, zone);
        }
        if (t == WinTimes.INVALID) {
            t = WinTimes.parse(r.timeLocal, false, zone);
        }
        if (t != WinTimes.INVALID) {
            b.eventNanos(t);
        }
    }

    private void header(WinRecord r, EventBuilder b, String code) {
        b.set(Fields.EVENT_CODE, code).set(WinFields.WINLOG_EVENT_ID, code);
        Ecs.set(b, WinFields.WINLOG_CHANNEL, r.channel);
        if (r.provider != null && !r.provider.isEmpty()) {
            b.set(WinFields.WINLOG_PROVIDER_NAME, r.provider).set(Fields.EVENT_PROVIDER, r.provider);
        }
        Ecs.set(b, WinFields.WINLOG_PROVIDER_GUID, r.providerGuid);
        if (r.computer != null && !r.computer.isEmpty()) {
            b.set(WinFields.WINLOG_COMPUTER_NAME, r.computer).set(Fields.HOST_NAME, r.computer);
            // host.hostname from the log, not from whichever collector relayed it (WEC, NXLog, Logstash)
            b.set(Fields.HOST_HOSTNAME, r.computer);
        }
        Ecs.set(b, WinFields.WINLOG_RECORD_ID, r.recordId);
        Ecs.set(b, WinFields.WINLOG_TASK, r.taskName != null ? r.taskName : r.task);
        Ecs.set(b, WinFields.WINLOG_OPCODE, r.opcode);
        Ecs.set(b, WinFields.WINLOG_ACTIVITY_ID, r.activityId);
        Ecs.setNumber(b, WinFields.WINLOG_VERSION, r.version);
        Ecs.setNumber(b, WinFields.WINLOG_PROCESS_PID, r.pid);
        Ecs.setNumber(b, WinFields.WINLOG_PROCESS_THREAD_ID, r.tid);
        Ecs.set(b, WinFields.WINLOG_USER_IDENTIFIER, r.userSid);
        Ecs.set(b, WinFields.WINLOG_USER_NAME, r.userName);
        Ecs.set(b, WinFields.WINLOG_USER_DOMAIN, r.userDomain);
        Ecs.set(b, WinFields.WINLOG_USER_TYPE, r.userType);
        List<String> keywords = r.keywordNames != null ? r.keywordNames : keywordNames(r.keywords);
        if (!keywords.isEmpty()) {
            b.set(WinFields.WINLOG_KEYWORDS, keywords);
        }
        String outcome = outcome(r, keywords);
        if (outcome != null) {
            b.set(Fields.EVENT_OUTCOME, outcome);
        }
        String level = level(r);
        if (level != null) {
            b.set(Fields.LOG_LEVEL, level);
        }
        if (keepMessage && r.message != null && !r.message.isEmpty()) {
            b.set(Fields.MESSAGE, r.message);
        }
    }

    private static String outcome(WinRecord r, List<String> keywords) {
        if ("AUDIT_SUCCESS".equals(r.nxEventType)) {
            return "success";
        }
        if ("AUDIT_FAILURE".equals(r.nxEventType) || "Audit Failure".equals(r.levelName)) {
            return "failure";
        }
        if ("Audit Success".equals(r.levelName)) {
            return "success";
        }
        for (int i = 0; i < keywords.size(); i++) {
            String k = keywords.get(i);
            if ("Audit Success".equals(k)) {
                return "success";
            }
            if ("Audit Failure".equals(k)) {
                return "failure";
            }
        }
        return null;
    }

    private static final List<String> AUDIT_SUCCESS = List.of("Audit Success");
    private static final List<String> AUDIT_FAILURE = List.of("Audit Failure");
    private static final long KW_AUDIT_FAILURE = 0x10000000000000L;
    private static final long KW_AUDIT_SUCCESS = 0x20000000000000L;
    private static final long[] KW_BITS = {0x1000000000000L, 0x2000000000000L, 0x4000000000000L, 0x8000000000000L,
        KW_AUDIT_FAILURE, KW_AUDIT_SUCCESS, 0x40000000000000L, 0x80000000000000L};
    private static final String[] KW_NAMES = {"Response Time", "WDI Context", "WDI Diag", "SQM", "Audit Failure",
        "Audit Success", "Correlation Hint", "Classic"};

    /** The standard keyword names Winlogbeat renders from the Keywords mask (hex or signed decimal). */
    static List<String> keywordNames(String mask) {
        if (mask == null || mask.isEmpty()) {
            return List.of();
        }
        long m;
        try {
            m = mask.startsWith("0x") || mask.startsWith("0X") ? Long.parseUnsignedLong(mask.substring(2), 16)
                    : Long.parseLong(mask);
        } catch (NumberFormatException e) {
            return List.of();
        }
        if ((m & 0xFF000000000000L) == KW_AUDIT_SUCCESS) {
            return AUDIT_SUCCESS;
        }
        if ((m & 0xFF000000000000L) == KW_AUDIT_FAILURE) {
            return AUDIT_FAILURE;
        }
        List<String> out = new ArrayList<>(2);
        for (int i = 0; i < KW_BITS.length; i++) {
            if ((m & KW_BITS[i]) != 0) {
                out.add(KW_NAMES[i]);
            }
        }
        return out;
    }

    /** log.level as Winlogbeat writes it (information, warning, error, critical, verbose). */
    private static String level(WinRecord r) {
        if (r.levelName != null && !r.levelName.isEmpty()) {
            return switch (r.levelName) {
                case "INFO", "Information", "information", "Informational" -> "information";
                case "WARNING", "Warning", "warning" -> "warning";
                case "ERROR", "Error", "error" -> "error";
                case "CRITICAL", "Critical", "critical" -> "critical";
                case "DEBUG", "VERBOSE", "Verbose", "verbose" -> "verbose";
                case "Audit Success", "Audit Failure", "AUDIT_SUCCESS", "AUDIT_FAILURE" -> "information";
                default -> r.levelName.toLowerCase(Locale.ROOT);
            };
        }
        if (r.level == null) {
            return null;
        }
        return switch (r.level) {
            case "0", "4" -> "information";
            case "1" -> "critical";
            case "2" -> "error";
            case "3" -> "warning";
            case "5" -> "verbose";
            default -> null;
        };
    }

    private static String abbreviate(String s) {
        return s == null ? "(none)" : s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
