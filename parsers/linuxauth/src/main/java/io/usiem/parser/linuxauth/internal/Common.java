package io.usiem.parser.linuxauth.internal;

import io.usiem.api.event.EcsCategory;
import io.usiem.api.event.EcsEventType;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.api.parser.TextScan;

import java.util.List;

/** What every message handler shares: the outcome convention and the user, address and port setters. */
final class Common {
    /** Returned by a handler for a line of its program whose message it does not know: kept as a generic event. */
    static final String UNKNOWN = new String("unknown message");
    static final String SUCCESS = "success";
    static final String FAILURE = "failure";

    private Common() {
    }

    static void user(EventBuilder b, String name) {
        if (!name.isEmpty()) {
            b.set(Fields.USER_NAME, name);
            relatedUser(b, name);
        }
    }

    /** The first related user is set as an immutable one-element list: no copy, unlike append. */
    static void relatedUser(EventBuilder b, String name) {
        if (name.isEmpty()) {
            return;
        }
        if (b.has(Fields.RELATED_USER)) {
            b.append(Fields.RELATED_USER, name);
        } else {
            b.set(Fields.RELATED_USER, List.of(name));
        }
    }

    static void relatedHost(EventBuilder b, String name) {
        if (b.has(Fields.RELATED_HOSTS)) {
            b.append(Fields.RELATED_HOSTS, name);
        } else {
            b.set(Fields.RELATED_HOSTS, List.of(name));
        }
    }

    /** An address as logged: an IP fills source.ip, a name (sshd with UseDNS) source.address and source.domain. */
    static void source(EventBuilder b, String s, int from, int to) {
        if (from >= to) {
            return;
        }
        IpAddress ip = IpAddress.tryParse(s, from, to);
        if (ip != null) {
            b.set(Fields.SOURCE_IP, ip);
            if (b.has(Fields.RELATED_IP)) {
                b.append(Fields.RELATED_IP, ip);
            } else {
                b.setIps(Fields.RELATED_IP, List.of(ip));
            }
        } else {
            String name = s.substring(from, to);
            b.set(Fields.SOURCE_ADDRESS, name);
            b.set(Fields.SOURCE_DOMAIN, name);
            relatedHost(b, name);
        }
    }

    /**
     * Reads {@code ADDRESS port N} (the port optional) at from.
     *
     * @return the index after what was read, or -1 when no address is there
     */
    static int addressPort(EventBuilder b, String s, int from) {
        int n = s.length();
        int end = indexOfOrEnd(s, ' ', from);
        if (end == from) {
            return -1;
        }
        source(b, s, from, end);
        if (s.startsWith(" port ", end)) {
            int p = end + 6;
            int q = p;
            while (q < n && q - p < 6 && Character.isDigit(s.charAt(q))) {
                q++;
            }
            int port = q > p ? TextScan.digits(s, p, q - p) : -1;
            if (port >= 0 && port <= 65_535) {
                b.set(Fields.SOURCE_PORT, port);
            }
            return q;
        }
        return end;
    }

    static int indexOfOrEnd(String s, char c, int from) {
        int i = s.indexOf(c, from);
        return i < 0 ? s.length() : i;
    }

    static void authentication(EventBuilder b, String outcome, String action) {
        b.category(EventCategory.AUTHENTICATION).ecsCategory(EcsCategory.AUTHENTICATION).ecsType(EcsEventType.INFO)
                .set(Fields.EVENT_OUTCOME, outcome).set(Fields.EVENT_ACTION, action);
    }

    static void session(EventBuilder b, boolean start, String action) {
        b.category(EventCategory.AUTHENTICATION).ecsCategory(EcsCategory.SESSION)
                .ecsType(start ? EcsEventType.START : EcsEventType.END)
                .set(Fields.EVENT_OUTCOME, SUCCESS).set(Fields.EVENT_ACTION, action);
    }

    static void iam(EventBuilder b, boolean group, EcsEventType type, String action, boolean success) {
        b.category(EventCategory.IAM).ecsCategory(EcsCategory.IAM).ecsType(group ? EcsEventType.GROUP : EcsEventType.USER, type)
                .set(Fields.EVENT_OUTCOME, success ? SUCCESS : FAILURE).set(Fields.EVENT_ACTION, action);
    }

    /** @return the text between the quotes that start at from ({@code 'name'}), or null */
    static String quoted(String s, int from) {
        if (from >= s.length() || s.charAt(from) != '\'') {
            return null;
        }
        int end = s.indexOf('\'', from + 1);
        return end < 0 ? null : s.substring(from + 1, end);
    }
}
