package io.usiem.parser.panos.internal;

import io.usiem.api.event.EcsCategory;
import io.usiem.api.event.EcsEventType;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.api.event.LogSource;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Maps the fields of each PAN-OS log type to ECS and {@code panw.panos.*}, as Elastic's Panw integration does. */
final class PanOsMapper {
    static final LogSource FIREWALL = LogSource.of("paloalto", null, "firewall");
    static final LogSource PROXY = LogSource.of("paloalto", null, "proxy");
    static final LogSource GLOBALPROTECT = LogSource.of("paloalto", "globalprotect", null);
    private static final IpAddress ANY = IpAddress.parse("0.0.0.0");
    private static final IpAddress ANY6 = IpAddress.parse("::");
    static final long NANOS = 1_000_000_000L;

    private PanOsMapper() {
    }

    /** @return null when mapped, or why the line is malformed */
    static String map(int kind, CsvLine csv, EventBuilder b, ZoneId zone) {
        switch (kind) {
            case PanOsFields.TYPE_TRAFFIC:
                return SessionLogs.traffic(csv, b, zone);
            case PanOsFields.TYPE_THREAT:
                return SessionLogs.threat(csv, b, zone);
            case PanOsFields.TYPE_DECRYPTION:
                return SessionLogs.decryption(csv, b, zone);
            case PanOsFields.TYPE_SYSTEM:
                fill(csv, PanOsFields.SYSTEM, b);
                b.ecsCategory(EcsCategory.CONFIGURATION).ecsType(EcsEventType.INFO);
                level(csv, 13, b);
                if (!csv.isEmpty(14)) {
                    String description = csv.get(14);
                    b.set(PanOsFields.DESCRIPTION, description).set(Fields.MESSAGE, description);
                    SystemAuth.map(csv.get(4), description, b);
                }
                highResolution(csv, 25, b, zone);
                relatedObserver(csv, 22, b);
                return null;
            case PanOsFields.TYPE_CONFIG:
                config(csv, b, zone);
                return null;
            case PanOsFields.TYPE_GLOBALPROTECT:
                globalProtect(csv, b, zone);
                return null;
            case PanOsFields.TYPE_USERID:
            case PanOsFields.TYPE_HIPMATCH:
            case PanOsFields.TYPE_AUTHENTICATION:
                IdentityLogs.map(kind, csv, b, zone);
                return null;
            default:
                return null;
        }
    }

    private static void config(CsvLine csv, EventBuilder b, ZoneId zone) {
        // Before/After Change Detail are absent from older and custom formats: the action flags (0x...) then sit at 15.
        boolean detail = !csv.startsWith(15, "0x");
        fill(csv, detail ? PanOsFields.CONFIG : PanOsFields.CONFIG_WITHOUT_DETAIL, b);
        b.ecsCategory(EcsCategory.CONFIGURATION).ecsType(EcsEventType.CHANGE);
        IpAddress host = csv.ip(7);
        if (host != null) {
            b.setIps(Fields.HOST_IP, List.of(host)).setIps(Fields.RELATED_IP, List.of(host));
        }
        if (!csv.isEmpty(9)) {
            String cmd = csv.get(9);
            b.set(PanOsFields.CMD, cmd).set(Fields.EVENT_ACTION, "cmd-" + cmd);
        }
        if (!csv.isEmpty(10)) {
            String admin = csv.get(10);
            b.set(PanOsFields.ADMIN, admin).set(Fields.USER_NAME, admin).set(Fields.RELATED_USER, List.of(admin));
        }
        String result = csv.get(12);
        if (result != null) {
            b.set(PanOsFields.RESULT, result);
        }
        b.set(Fields.EVENT_OUTCOME, "Succeeded".equals(result) ? "success" : "Failed".equals(result) ? "failure" : "unknown");
        highResolution(csv, detail ? 27 : 25, b, zone);
        relatedObserver(csv, detail ? 23 : 21, b);
    }

    private static void globalProtect(CsvLine csv, EventBuilder b, ZoneId zone) {
        fill(csv, PanOsFields.GLOBALPROTECT, b);
        b.ecsCategory(EcsCategory.NETWORK).logSource(GLOBALPROTECT).category(EventCategory.NETWORK);
        String[] user = SessionLogs.user(csv.get(12), Fields.SOURCE_USER_NAME, PanOsFields.SOURCE_USER_DOMAIN, b);
        if (user != null) {
            b.set(Fields.USER_NAME, user[0]);
        }
        IpAddress publicIp = csv.ip(15);
        IpAddress publicV6 = csv.ip(16);
        IpAddress privateIp = csv.ip(17);
        IpAddress privateV6 = csv.ip(18);
        if (publicIp != null) {
            b.set(PanOsFields.PUBLIC_IP, publicIp);
        }
        if (usable(publicV6)) {
            b.set(PanOsFields.PUBLIC_IPV6, publicV6);
        }
        if (usable(privateV6)) {
            b.set(PanOsFields.PRIVATE_IPV6, privateV6);
        }
        // 0.0.0.0 is "no address yet" (before the tunnel is up): no source.ip rather than a false one.
        IpAddress source = usable(privateIp) ? privateIp : usable(privateV6) ? privateV6 : null;
        IpAddress nat = usable(publicIp) ? publicIp : usable(publicV6) ? publicV6 : null;
        List<IpAddress> related = new ArrayList<>(2);
        if (source != null) {
            b.set(Fields.SOURCE_IP, source).setIps(Fields.HOST_IP, List.of(source));
            related.add(source);
        }
        if (nat != null) {
            b.set(Fields.SOURCE_NAT_IP, nat);
            related.add(nat);
        }
        String eventId = csv.get(8);
        if (eventId != null) {
            b.set(Fields.EVENT_ACTION, eventId);
            if (eventId.endsWith("-auth") || eventId.endsWith("-logout")) {
                b.category(EventCategory.AUTHENTICATION).ecsCategory(EcsCategory.AUTHENTICATION);
            }
        }
        if (csv.equals(28, "success") || csv.equals(28, "failure")) {
            b.set(Fields.EVENT_OUTCOME, csv.get(28));
        }
        long duration = csv.number(30);
        if (duration >= 0) {
            b.set(Fields.EVENT_DURATION, duration * NANOS);
        }
        highResolution(csv, 36, b, zone);
        if (!related.isEmpty()) {
            b.setIps(Fields.RELATED_IP, related);
        }
        if (user != null) {
            b.set(Fields.RELATED_USER, List.of(user[0]));
        }
        relatedObserver(csv, 47, b);
    }

    static boolean usable(IpAddress ip) {
        return ip != null && !ip.equals(ANY) && !ip.equals(ANY6);
    }

    /** Fills the positions of a table that need no logic of their own. */
    static void fill(CsvLine csv, Field[] table, EventBuilder b) {
        int n = Math.min(csv.count(), table.length);
        for (int i = PanOsFields.BODY; i < n; i++) {
            Field f = table[i];
            if (f == null || csv.isEmpty(i)) {
                continue;
            }
            if (f.type() == FieldType.LONG) {
                long v = csv.number(i);
                if (v >= 0) {
                    b.set(f, v);
                }
            } else if (f.type() == FieldType.IP) {
                IpAddress ip = csv.ip(i);
                if (ip != null) {
                    b.set(f, ip);
                }
            } else {
                b.set(f, csv.get(i));
            }
        }
    }

    static void level(CsvLine csv, int at, EventBuilder b) {
        String level = csv.get(at);
        if (level == null) {
            return;
        }
        b.set(Fields.LOG_LEVEL, level);
        int severity;
        switch (level) {
            case "critical":
                severity = 1;
                break;
            case "high":
                severity = 2;
                break;
            case "medium":
                severity = 3;
                break;
            case "low":
                severity = 4;
                break;
            case "informational":
                severity = 5;
                break;
            default:
                return;
        }
        b.set(Fields.EVENT_SEVERITY, severity);
    }

    /** PAN-OS 10+ appends an ISO-8601 time with milliseconds and offset: it gives the exact @timestamp. */
    static void highResolution(CsvLine csv, int at, EventBuilder b, ZoneId zone) {
        if (csv.isEmpty(at)) {
            return;
        }
        long t = PanOsTime.iso(csv.line(), csv.start(at), csv.end(at), zone);
        if (t != PanOsTime.INVALID) {
            b.setTimestamp(PanOsFields.HIGH_RESOLUTION_TIMESTAMP, t);
            b.eventNanos(t);
        }
    }

    /** @return the time in field i ({@code yyyy/MM/dd HH:mm:ss} or ISO), or {@link PanOsTime#INVALID} */
    static long time(CsvLine csv, int i, ZoneId zone) {
        if (csv.isEmpty(i)) {
            return PanOsTime.INVALID;
        }
        long t = PanOsTime.slashed(csv.line(), csv.start(i), csv.end(i), zone);
        return t != PanOsTime.INVALID ? t : PanOsTime.iso(csv.line(), csv.start(i), csv.end(i), zone);
    }

    /** related.hosts: the firewall's name, from the Device Name field at position at. */
    static void relatedObserver(CsvLine csv, int at, EventBuilder b) {
        String host = at >= 0 ? csv.get(at) : null;
        if (host != null) {
            b.set(Fields.RELATED_HOSTS, List.of(host));
        }
    }
}
