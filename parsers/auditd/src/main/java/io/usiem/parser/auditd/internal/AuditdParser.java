package io.usiem.parser.auditd.internal;

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

import java.time.ZoneId;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Linux audit records, one event per record: raw /var/log/audit/audit.log lines (raw and enriched formats, with
 * or without {@code node=}) and the same records forwarded over syslog by audisp-syslog, audispd, auditd or the
 * kernel via journald, and Azure Sentinel {@code Syslog} rows carrying AUOMS records. Records of one audit event share {@code event.id} (the {@code SECONDS.MILLIS:SERIAL} stamp)
 * and {@code auditd.log.sequence}, so they can be grouped.
 */
@Component(service = LogParser.class, configurationPid = AuditdConfig.PID)
@Designate(ocd = AuditdConfig.class)
public final class AuditdParser implements LogParser {
    static final LogSource LOGSOURCE = LogSource.of("linux", "auditd", null);
    static final String MODULE = "auditd";
    static final String DATASET = "auditd.log";

    static final ParserMetadata METADATA = ParserMetadata.builder("linux-auditd")
            .source("linux", "auditd")
            .description("Linux audit records (audit.log raw/enriched, audisp-syslog, journald); ECS as Elastic's Auditd log.")
            .sourceTypes("linux:audit", "auditd", "audit.log")
            .categories(EventCategory.PROCESS, EventCategory.AUTHENTICATION, EventCategory.IAM, EventCategory.FILE,
                    EventCategory.GENERIC)
            .fields(AuditdFields.RECORD_TYPE, AuditdFields.SEQUENCE, Fields.EVENT_ID, Fields.EVENT_ACTION, Fields.EVENT_OUTCOME,
                    Fields.PROCESS_PID, Fields.PROCESS_PARENT_PID, Fields.PROCESS_NAME, Fields.PROCESS_EXECUTABLE,
                    Fields.PROCESS_TITLE, Fields.PROCESS_ARGS, Fields.PROCESS_COMMAND_LINE, Fields.PROCESS_WORKING_DIRECTORY,
                    Fields.USER_ID, Fields.USER_NAME, AuditdFields.USER_AUDIT_ID, AuditdFields.USER_AUDIT_NAME,
                    Fields.USER_EFFECTIVE_NAME, Fields.USER_TARGET_ID, Fields.USER_TARGET_NAME, Fields.GROUP_ID,
                    Fields.SOURCE_IP, Fields.SOURCE_ADDRESS, Fields.FILE_PATH, Fields.RELATED_USER, Fields.RELATED_IP)
            .samples("type=SYSCALL msg=audit(1604994496.155:92733): arch=c000003e syscall=59 success=yes exit=0 a0=558e251634a0 a1=558e25162a50 a2=558e25160800 a3=8 items=2 ppid=29002 pid=1631 auid=1000 uid=1000 gid=1000 euid=1000 suid=1000 fsuid=1000 egid=1000 sgid=1000 fsgid=1000 tty=pts0 ses=104 comm=\"arp\" exe=\"/usr/sbin/arp\" key=(null)",
                    "type=EXECVE msg=audit(1604994496.155:92733): argc=2 a0=\"arp\" a1=\"-a\"",
                    "type=PROCTITLE msg=audit(1604994496.155:92733): proctitle=617270002D61",
                    "type=USER_LOGIN msg=audit(1795994809.019:94): pid=10532 uid=0 auid=4294967295 ses=4294967295 msg='op=login acct=\"alice\" exe=\"/usr/sbin/sshd\" hostname=? addr=127.0.0.1 terminal=sshd res=failed'\u001dUID=\"root\" AUID=\"unset\"",
                    "2026-11-29T23:26:43.309876+00:00 vm audisp-syslog: type=USER_CMD msg=audit(1795994807.143:61): pid=10526 uid=1001 auid=1001 ses=6 msg='cwd=\"/home/alice\" cmd=2F7573722F62696E2F6964202D61 exe=\"/usr/bin/sudo\" terminal=? res=success' UID=\"alice\" AUID=\"alice\"")
            .logSources(LOGSOURCE)
            .build();

    private final SyslogClock clock;

    /** @param config the configuration; an unknown time zone fails activation */
    @Activate
    public AuditdParser(AuditdConfig config) {
        this(SyslogClock.configuredZone(AuditdConfig.PID, config.timezone()));
    }

    AuditdParser(ZoneId zone) {
        this.clock = new SyslogClock(zone);
    }

    @Override
    public ParserMetadata metadata() {
        return METADATA;
    }

    @Override
    public ParseResult parse(RawLog raw) {
        String line = raw.message();
        SyslogHeader h = null;
        String body;
        String sentinelHost = null;
        String sentinelIp = null;
        if (line.startsWith("type=") || line.startsWith("node=")) {
            body = line;
        } else if (SentinelSyslog.matches(line)) {
            body = SentinelSyslog.string(line, "SyslogMessage");
            if (body == null || !(body.startsWith("type=") || body.startsWith("node="))) {
                return ParseResult.notMine();
            }
            sentinelHost = SentinelSyslog.string(line, "Computer");
            sentinelIp = SentinelSyslog.string(line, "HostIP");
        } else {
            boolean inputReadHeader = raw.header().fieldCount() > 0 || !line.equals(raw.original());
            String program = inputReadHeader ? raw.header().getText(Fields.LOG_SYSLOG_APPNAME) : null;
            if (program != null) {
                body = line;
            } else {
                h = new SyslogHeader().tagWithoutTime();
                if (h.read(line, clock, raw.receivedNanos()) != null || h.appName() == null) {
                    return ParseResult.notMine();
                }
                program = h.appName();
                body = line.substring(h.bodyStart());
            }
            if (!isAuditProgram(program)) {
                return ParseResult.notMine();
            }
            if (body.startsWith("audit: ")) {
                body = body.substring(7); // the kernel's ring buffer: "kernel: audit: type=1400 audit(...)"
            }
        }
        AuditRecord r = new AuditRecord();
        String error = r.read(body);
        if (error == AuditRecord.NOT_AUDIT) {
            return ParseResult.notMine();
        }
        if (error != null) {
            return ParseResult.formatError(error);
        }
        EventBuilder b = raw.newEventBuilder().observer("linux", "auditd").logSource(LOGSOURCE).originRole(OriginRole.HOST);
        if (h != null) {
            header(h, b);
        } else if (sentinelHost != null || sentinelIp != null) {
            if (sentinelHost != null && !sentinelHost.isEmpty()) {
                b.set(Fields.HOST_HOSTNAME, sentinelHost);
            }
            IpAddress ip = sentinelIp == null ? null : IpAddress.tryParse(sentinelIp);
            if (ip != null) {
                b.append(Fields.HOST_IP, ip);
            }
        } else if (b.get(Fields.LOG_SYSLOG_HOSTNAME) instanceof String && !b.has(Fields.HOST_HOSTNAME)) {
            b.set(Fields.HOST_HOSTNAME, (String) b.get(Fields.LOG_SYSLOG_HOSTNAME));
        }
        AuditMapper.apply(r, b);
        b.set(Fields.EVENT_MODULE, MODULE).set(Fields.EVENT_DATASET, DATASET);
        return ParseResult.parsed(b.build());
    }

    /** Programs that forward audit records to syslog. */
    private static boolean isAuditProgram(String program) {
        switch (program) {
            case "audisp-syslog":
            case "audispd":
            case "auditd":
            case "audit":
            case "kernel":
            case "audisp-remote":
            case "audispd-zos-remote":
            case "sedispatch":
                return true;
            default:
                return false;
        }
    }

    private static void header(SyslogHeader h, EventBuilder b) {
        h.setPriority(b);
        if (h.timeNanos() != SyslogClock.INVALID) {
            b.eventNanos(h.timeNanos());
        }
        String hostname = h.hostname();
        if (hostname != null) {
            b.set(Fields.HOST_HOSTNAME, hostname);
            IpAddress hostIp = IpAddress.tryParse(hostname);
            if (hostIp != null) {
                b.append(Fields.HOST_IP, hostIp);
            }
        }
        b.set(Fields.LOG_SYSLOG_APPNAME, h.appName());
        if (h.procId() != null) {
            b.set(Fields.LOG_SYSLOG_PROCID, h.procId());
        }
    }
}
