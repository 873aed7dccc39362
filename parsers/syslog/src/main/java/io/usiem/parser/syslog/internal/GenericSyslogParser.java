package io.usiem.parser.syslog.internal;

import io.usiem.api.event.EcsEventType;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.Field;
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

import java.time.ZoneId;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The catch-all parser: takes any line with a syslog header or with key=value pairs, fills the syslog
 * header fields and the pairs. It declares itself not guessable, so the kernel tries it only after
 * every specific parser declined a line.
 */
@Component(service = LogParser.class, configurationPid = GenericSyslogConfig.PID)
@Designate(ocd = GenericSyslogConfig.class)
public final class GenericSyslogParser implements LogParser {
    /** Sigma's syslog service; the product is unknown to a catch-all parser unless the program is a Linux one. */
    static final LogSource LOGSOURCE = LogSource.of(null, "syslog", null);
    static final String MODULE = "syslog";
    static final String DATASET = "syslog.generic";
    private static final Field[] RELATED_IPS = {Fields.SOURCE_IP, Fields.DESTINATION_IP};

    static final ParserMetadata METADATA = ParserMetadata.builder("generic-syslog")
            .source("generic", "syslog")
            .description("RFC 3164/5424 syslog headers and key=value pairs; the parser of last resort.")
            .sourceTypes("syslog", "kv")
            .categories(EventCategory.GENERIC, EventCategory.NETWORK)
            .fields(Fields.LOG_SYSLOG_PRIORITY, Fields.LOG_SYSLOG_FACILITY_CODE, Fields.LOG_SYSLOG_SEVERITY_CODE,
                    Fields.LOG_SYSLOG_HOSTNAME, Fields.LOG_SYSLOG_APPNAME, Fields.LOG_SYSLOG_PROCID, Fields.LOG_SYSLOG_MSGID,
                    Fields.LOG_SYSLOG_VERSION, Fields.HOST_HOSTNAME, Fields.PROCESS_NAME, Fields.PROCESS_PID, Fields.MESSAGE,
                    Fields.SOURCE_IP, Fields.SOURCE_PORT, Fields.DESTINATION_IP, Fields.DESTINATION_PORT,
                    Fields.NETWORK_TRANSPORT, Fields.USER_NAME, Fields.EVENT_ACTION)
            .samples("<34>Oct 11 22:14:15 mymachine su: 'su root' failed for lonvick on /dev/pts/8",
                    "<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 [exampleSDID@32473 iut=\"3\" eventSource=\"Application\" eventID=\"1011\"] An application event log entry...",
                    "Feb  5 17:32:18 gw01 kernel: action=drop src=10.0.0.5 dst=192.0.2.10 proto=TCP dport=23",
                    "time=1700000000 user=alice action=login outcome=success")
            .logSources(GenericSyslogParser.LOGSOURCE).logSources(LinuxPrograms.all()).logSources(CiscoIos.all())
            .guessable(false)
            .build();

    private final SyslogClock clock;

    /** @param config the configuration; an unknown time zone fails activation */
    @Activate
    public GenericSyslogParser(GenericSyslogConfig config) {
        this(SyslogClock.configuredZone(GenericSyslogConfig.PID, config.timezone()));
    }

    GenericSyslogParser(ZoneId zone) {
        this.clock = new SyslogClock(zone);
    }

    @Override
    public ParserMetadata metadata() {
        return METADATA;
    }

    @Override
    public ParseResult parse(RawLog raw) {
        String line = raw.message();
        SyslogHeader h = new SyslogHeader().untaggedHost();
        // An input that already read the transport header passes the body only; its header fields are on the raw log.
        boolean inputReadHeader = raw.header().fieldCount() > 0 || !raw.message().equals(raw.original());
        if (!inputReadHeader) {
            String error = h.read(line, clock, raw.receivedNanos());
            if (error != null) {
                return ParseResult.formatError(error);
            }
        }
        // A syslog line describes the machine that wrote it: its name and address are host.*.
        EventBuilder b = raw.newEventBuilder().observer("generic", "syslog").logSource(LOGSOURCE)
                .originRole(OriginRole.HOST);
        int bodyStart = h.present() ? h.bodyStart() : 0;
        int pairs = KeyValueExtractor.extract(line, bodyStart, b);
        if (!h.present() && pairs == 0 && !inputReadHeader) {
            return ParseResult.notMine();
        }
        if (h.present()) {
            setHeader(h, b);
            if (h.structuredDataStart() >= 0 && !StructuredData.set(line, h.structuredDataStart(), h.structuredDataEnd(), b)) {
                return ParseResult.formatError("malformed RFC 5424 structured data");
            }
        } else if (inputReadHeader) {
            fromInputHeader(b);
        }
        // Set after the pairs: a pair named event.module cannot say which parser read the line.
        b.set(Fields.EVENT_MODULE, MODULE).set(Fields.EVENT_DATASET, DATASET);
        Object program = b.get(Fields.LOG_SYSLOG_APPNAME);
        LogSource known = LinuxPrograms.logSource(program instanceof String ? (String) program : null);
        if (known == null) {
            known = CiscoIos.logSource(line, bodyStart);
        }
        if (known != null) {
            b.logSource(known);
        }
        String body = line.substring(bodyStart);
        if (!body.isEmpty() && !b.has(Fields.MESSAGE)) {
            b.set(Fields.MESSAGE, body);
        }
        if (b.has(Fields.SOURCE_IP) && b.has(Fields.DESTINATION_IP)) {
            b.category(EventCategory.NETWORK).ecsType(EcsEventType.CONNECTION);
        }
        related(b);
        return ParseResult.parsed(b.build());
    }

    /** ECS related.*: every address and user the pairs named, for pivoting. */
    private static void related(EventBuilder b) {
        for (Field f : RELATED_IPS) {
            if (b.get(f) instanceof IpAddress) {
                b.append(Fields.RELATED_IP, (IpAddress) b.get(f));
            }
        }
        if (b.get(Fields.USER_NAME) instanceof String) {
            b.append(Fields.RELATED_USER, (String) b.get(Fields.USER_NAME));
        }
    }

    /** The input read the syslog header into log.syslog.*: the host and process it names are the event's too. */
    private static void fromInputHeader(EventBuilder b) {
        if (b.get(Fields.LOG_SYSLOG_HOSTNAME) instanceof String && !b.has(Fields.HOST_HOSTNAME)) {
            String host = (String) b.get(Fields.LOG_SYSLOG_HOSTNAME);
            b.set(Fields.HOST_HOSTNAME, host);
            IpAddress hostIp = IpAddress.tryParse(host);
            if (hostIp != null) {
                b.append(Fields.HOST_IP, hostIp);
            }
        }
        if (b.get(Fields.LOG_SYSLOG_APPNAME) instanceof String && !b.has(Fields.PROCESS_NAME)) {
            b.set(Fields.PROCESS_NAME, (String) b.get(Fields.LOG_SYSLOG_APPNAME));
        }
        if (b.get(Fields.LOG_SYSLOG_PROCID) instanceof String && !b.has(Fields.PROCESS_PID)) {
            b.setFromText(Fields.PROCESS_PID, (String) b.get(Fields.LOG_SYSLOG_PROCID));
        }
    }

    private static void setHeader(SyslogHeader h, EventBuilder b) {
        h.setPriority(b);
        if (h.timeNanos() != SyslogClock.INVALID) {
            b.eventNanos(h.timeNanos());
        }
        if (h.rfc5424()) {
            b.set(Fields.LOG_SYSLOG_VERSION, "1");
        }
        String hostname = h.hostname();
        if (hostname != null) {
            b.set(Fields.LOG_SYSLOG_HOSTNAME, hostname);
            b.set(Fields.HOST_HOSTNAME, hostname);
            IpAddress hostIp = IpAddress.tryParse(hostname);
            if (hostIp != null) {
                b.append(Fields.HOST_IP, hostIp); // RFC 3164 senders without a name write their address
            }
        }
        if (h.appName() != null) {
            b.set(Fields.LOG_SYSLOG_APPNAME, h.appName());
            b.set(Fields.PROCESS_NAME, h.appName());
        }
        if (h.procId() != null) {
            b.set(Fields.LOG_SYSLOG_PROCID, h.procId());
            b.setFromText(Fields.PROCESS_PID, h.procId());
        }
        if (h.msgId() != null) {
            b.set(Fields.LOG_SYSLOG_MSGID, h.msgId());
        }
    }
}
