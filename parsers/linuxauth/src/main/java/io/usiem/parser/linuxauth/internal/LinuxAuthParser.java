package io.usiem.parser.linuxauth.internal;

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
 * Linux authentication logs (/var/log/auth.log, /var/log/secure, or the same lines over syslog): sshd, sudo, su,
 * PAM modules, shadow-utils and systemd-logind, normalized as Elastic's System integration (auth dataset) does.
 * Lines of other programs are not this parser's.
 */
@Component(service = LogParser.class, configurationPid = LinuxAuthConfig.PID)
@Designate(ocd = LinuxAuthConfig.class)
public final class LinuxAuthParser implements LogParser {
    static final LogSource AUTH = LogSource.of("linux", "auth", null);
    static final LogSource SSHD = LogSource.of("linux", "sshd", null);
    static final LogSource SUDO = LogSource.of("linux", "sudo", null);
    static final String MODULE = "system";
    static final String DATASET = "system.auth";

    static final ParserMetadata METADATA = ParserMetadata.builder("linux-auth")
            .source("linux", "auth")
            .description("Linux auth.log/secure: sshd, sudo, su, PAM, useradd & co., systemd-logind; ECS as Elastic's System auth.")
            .sourceTypes("linux:auth", "auth.log", "linux_secure")
            .categories(EventCategory.AUTHENTICATION, EventCategory.IAM, EventCategory.PROCESS, EventCategory.GENERIC)
            .fields(Fields.USER_NAME, Fields.USER_ID, Fields.USER_EFFECTIVE_NAME, Fields.USER_CHANGES_NAME, Fields.GROUP_NAME,
                    Fields.GROUP_ID, Fields.SOURCE_IP, Fields.SOURCE_PORT, Fields.SOURCE_ADDRESS, Fields.SOURCE_DOMAIN,
                    Fields.PROCESS_NAME, Fields.PROCESS_PID, Fields.HOST_HOSTNAME, Fields.EVENT_ACTION, Fields.EVENT_OUTCOME,
                    Fields.EVENT_REASON, Fields.RELATED_USER, Fields.RELATED_IP, Fields.MESSAGE, AuthFields.SSH_EVENT,
                    AuthFields.SSH_METHOD, AuthFields.SSH_SIGNATURE, AuthFields.SSH_DROPPED_IP, AuthFields.SUDO_COMMAND,
                    AuthFields.SUDO_USER, AuthFields.SUDO_TTY, AuthFields.SUDO_PWD, AuthFields.SUDO_ERROR, AuthFields.PAM_MODULE,
                    AuthFields.PAM_ORIGIN, AuthFields.USERADD_HOME, AuthFields.USERADD_SHELL)
            .samples("2026-11-29T23:15:44.026349+00:00 vm sshd[28414]: Accepted password for alice from 127.0.0.1 port 49150 ssh2",
                    "Nov 29 23:15:50 vm sshd[28442]: Failed password for invalid user mallory from 127.0.0.1 port 34256 ssh2",
                    "<38>1 2026-11-29T23:15:55.146438+00:00 vm sshd 28551 - -  Accepted publickey for alice from 127.0.0.1 port 34276 ssh2: ED25519 SHA256:T7EjDU+GKG/8bvS/KzBoOO5SSn4QWrGTdvyKwcpuLlo",
                    "2026-11-29T23:15:57.200287+00:00 vm sudo:    alice : PWD=/home/alice ; USER=root ; COMMAND=/usr/bin/id",
                    "2026-11-29T23:15:57.635243+00:00 vm sudo:      bob : user NOT in sudoers ; PWD=/home/bob ; USER=root ; COMMAND=/usr/bin/id",
                    "2026-11-29T23:15:44.258663+00:00 vm sshd[28424]: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=127.0.0.1  user=alice",
                    "2026-11-29T23:26:16.254314+00:00 vm su[9781]: FAILED SU (to root) alice on pts/0",
                    "2026-11-29T23:15:43.712900+00:00 vm useradd[28371]: new user: name=alice, UID=1001, GID=1002, home=/home/alice, shell=/bin/bash, from=none",
                    "Mar  1 10:00:00 web01 systemd-logind[612]: New session 42 of user alice.")
            .logSources(AUTH, SSHD, SUDO)
            .build();

    private final SyslogClock clock;

    /** @param config the configuration; an unknown time zone fails activation */
    @Activate
    public LinuxAuthParser(LinuxAuthConfig config) {
        this(SyslogClock.configuredZone(LinuxAuthConfig.PID, config.timezone()));
    }

    LinuxAuthParser(ZoneId zone) {
        this.clock = new SyslogClock(zone);
    }

    @Override
    public ParserMetadata metadata() {
        return METADATA;
    }

    @Override
    public ParseResult parse(RawLog raw) {
        String line = raw.message();
        SyslogHeader h = new SyslogHeader().tagWithoutTime();
        // An input that read the syslog header passes the body and keeps the header's fields on the raw log.
        boolean inputReadHeader = raw.header().fieldCount() > 0 || !line.equals(raw.original());
        String program;
        String pid;
        int bodyStart;
        if (inputReadHeader && raw.header().getText(Fields.LOG_SYSLOG_APPNAME) != null) {
            program = raw.header().getText(Fields.LOG_SYSLOG_APPNAME);
            pid = raw.header().getText(Fields.LOG_SYSLOG_PROCID);
            bodyStart = 0;
        } else {
            if (h.read(line, clock, raw.receivedNanos()) != null || h.appName() == null) {
                return ParseResult.notMine();
            }
            program = h.appName();
            pid = h.procId();
            bodyStart = h.bodyStart();
        }
        Program kind = Program.of(program);
        String body = line.substring(bodyStart);
        if (kind == null && !PamMessages.isPam(body)) {
            return ParseResult.notMine();
        }
        if (body.isBlank()) {
            return ParseResult.formatError("empty " + program + " message");
        }
        EventBuilder b = raw.newEventBuilder().observer("linux", "auth").originRole(OriginRole.HOST)
                .logSource(kind == Program.SSHD ? SSHD : kind == Program.SUDO ? SUDO : AUTH);
        if (bodyStart == 0 && program.equals(b.get(Fields.LOG_SYSLOG_APPNAME))) {
            fromInputHeader(program, pid, b);
        } else {
            header(h, program, pid, b);
        }
        String result = dispatch(kind, body, b);
        if (result != null && result != Common.UNKNOWN) {
            return ParseResult.formatError(result);
        }
        if (result == Common.UNKNOWN && kind == Program.ACCOUNTS) {
            AccountMessages.echo(program, body, b);
        }
        Object host = b.get(Fields.HOST_HOSTNAME);
        if (host instanceof String) {
            Common.relatedHost(b, (String) host);
        }
        b.set(Fields.EVENT_MODULE, MODULE).set(Fields.EVENT_DATASET, DATASET).set(Fields.MESSAGE, body);
        return ParseResult.parsed(b.build());
    }

    private static String dispatch(Program kind, String body, EventBuilder b) {
        if (PamMessages.isPam(body)) {
            return PamMessages.parse(body, b);
        }
        switch (kind) {
            case SSHD:
                return SshdMessages.parse(body, b);
            case SUDO:
                return SudoSuMessages.sudo(body, b);
            case SU:
                return SudoSuMessages.su(body, b);
            case ACCOUNTS:
                return AccountMessages.parse(body, b);
            case LOGIND:
                return PamMessages.logind(body, b);
            case LOGIN:
                return PamMessages.login(body, b);
            default:
                return Common.UNKNOWN;
        }
    }

    /** The input read the syslog header into log.syslog.*: its host and program are the event's. */
    private static void fromInputHeader(String program, String pid, EventBuilder b) {
        Object host = b.get(Fields.LOG_SYSLOG_HOSTNAME);
        if (host instanceof String && !b.has(Fields.HOST_HOSTNAME)) {
            b.set(Fields.HOST_HOSTNAME, (String) host);
        }
        b.set(Fields.PROCESS_NAME, program);
        if (pid != null) {
            b.setFromText(Fields.PROCESS_PID, pid);
        }
    }

    private static void header(SyslogHeader h, String program, String pid, EventBuilder b) {
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
        b.set(Fields.PROCESS_NAME, program);
        if (pid != null) {
            b.setFromText(Fields.PROCESS_PID, pid);
        }
    }

    /** The programs whose lines this parser reads. */
    enum Program {
        SSHD, SUDO, SU, ACCOUNTS, LOGIND, LOGIN;

        static Program of(String name) {
            if (name == null) {
                return null;
            }
            switch (name) {
                case "sshd":
                case "sshd-session":
                    return SSHD;
                case "sudo":
                    return SUDO;
                case "su":
                    return SU;
                case "useradd":
                case "userdel":
                case "usermod":
                case "groupadd":
                case "groupdel":
                case "groupmod":
                case "passwd":
                case "chpasswd":
                case "chage":
                case "gpasswd":
                case "newusers":
                    return ACCOUNTS;
                case "systemd-logind":
                    return LOGIND;
                case "login":
                    return LOGIN;
                default:
                    return null;
            }
        }
    }
}
