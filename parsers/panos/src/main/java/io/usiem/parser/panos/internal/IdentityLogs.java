package io.usiem.parser.panos.internal;

import io.usiem.api.event.EcsCategory;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** USERID, HIP-MATCH and AUTHENTICATION logs: who is behind an address, and how they authenticated. */
final class IdentityLogs {
    private IdentityLogs() {
    }

    static void map(int kind, CsvLine csv, EventBuilder b, ZoneId zone) {
        switch (kind) {
            case PanOsFields.TYPE_USERID:
                userId(csv, b, zone);
                break;
            case PanOsFields.TYPE_HIPMATCH:
                hipMatch(csv, b, zone);
                break;
            default:
                authentication(csv, b, zone);
        }
    }

    private static void userId(CsvLine csv, EventBuilder b, ZoneId zone) {
        PanOsMapper.fill(csv, PanOsFields.USERID, b);
        b.ecsCategory(EcsCategory.NETWORK, EcsCategory.IAM);
        IpAddress ip = source(csv, 8, b);
        // As Elastic: the user the data source named (User by Source, 10.1+) wins over the mapped user.
        String bySource = csv.get(31);
        String[] user = SessionLogs.user(bySource != null ? bySource : csv.get(9), Fields.SOURCE_USER_NAME,
                PanOsFields.SOURCE_USER_DOMAIN, b);
        user(user == null ? null : user[0], ip, b);
        PanOsMapper.highResolution(csv, 33, b, zone);
        PanOsMapper.relatedObserver(csv, 25, b);
    }

    private static void hipMatch(CsvLine csv, EventBuilder b, ZoneId zone) {
        PanOsMapper.fill(csv, PanOsFields.HIPMATCH, b);
        b.ecsCategory(EcsCategory.NETWORK);
        IpAddress v6 = csv.ip(26);
        IpAddress ip = PanOsMapper.usable(v6) ? v6 : csv.ip(11);
        if (ip != null) {
            b.set(Fields.SOURCE_IP, ip);
        }
        if (PanOsMapper.usable(v6)) {
            b.set(PanOsFields.SOURCE_IPV6, v6);
        }
        String machine = csv.get(9);
        if (machine != null) {
            b.set(Fields.HOST_NAME, machine.toLowerCase(Locale.ROOT));
        }
        String mac = csv.get(29);
        if (mac != null) {
            b.set(Fields.HOST_MAC, List.of(mac.replace(':', '-').replace('.', '-').toUpperCase(Locale.ROOT)));
        }
        String[] user = SessionLogs.user(csv.get(7), Fields.SOURCE_USER_NAME, PanOsFields.SOURCE_USER_DOMAIN, b);
        user(user == null ? null : user[0], ip, b);
        PanOsMapper.highResolution(csv, 30, b, zone);
        PanOsMapper.relatedObserver(csv, 24, b);
    }

    private static void authentication(CsvLine csv, EventBuilder b, ZoneId zone) {
        PanOsMapper.fill(csv, PanOsFields.AUTHENTICATION, b);
        b.ecsCategory(EcsCategory.AUTHENTICATION);
        IpAddress ip = source(csv, 8, b);
        String user = csv.get(9);
        if (user != null) {
            b.set(PanOsFields.USER, user);
        }
        String[] parts = SessionLogs.user(user != null ? user : csv.get(10), Fields.SOURCE_USER_NAME,
                PanOsFields.SOURCE_USER_DOMAIN, b);
        user(parts == null ? null : parts[0], ip, b);
        // Elastic writes success for every AUTHENTICATION log; the Result field (10.1+) says otherwise when it failed.
        String result = csv.get(20);
        b.set(Fields.EVENT_OUTCOME, result != null && result.toLowerCase(Locale.ROOT).contains("fail") ? "failure" : "success");
        if (!csv.isEmpty(18)) {
            b.set(Fields.MESSAGE, csv.get(18));
        }
        if (!csv.isEmpty(44)) {
            b.set(Fields.USER_AGENT_ORIGINAL, csv.get(44));
        }
        if (b.has(Fields.USER_NAME)) {
            b.category(EventCategory.AUTHENTICATION);
        }
        PanOsMapper.highResolution(csv, 33, b, zone);
        PanOsMapper.relatedObserver(csv, 29, b);
    }

    private static IpAddress source(CsvLine csv, int at, EventBuilder b) {
        IpAddress ip = csv.ip(at);
        if (ip != null) {
            b.set(Fields.SOURCE_IP, ip).setIps(Fields.RELATED_IP, List.of(ip));
        }
        return ip;
    }

    private static void user(String name, IpAddress ip, EventBuilder b) {
        if (name != null) {
            b.set(Fields.USER_NAME, name).set(Fields.RELATED_USER, List.of(name));
        }
        if (ip != null && !b.has(Fields.RELATED_IP)) {
            b.setIps(Fields.RELATED_IP, List.of(ip));
        }
    }
}
