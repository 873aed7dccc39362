package io.usiem.parser.ciscoasa.internal;

import io.usiem.api.event.Fields;

/**
 * Packet denies and access-list hits (ASA syslog guide, messages 106001-106100):
 * <pre>
 * 106001 Inbound TCP connection denied from addr/port to addr/port flags f on interface if
 * 106006 Deny inbound UDP from addr/port to addr/port on interface if
 * 106007 Deny inbound UDP from addr/port to addr/port due to DNS {Response|Query}
 * 106014 Deny inbound icmp src if:addr dst if:addr (type t, code c)
 * 106015 Deny TCP (no connection) from addr/port to addr/port flags f on interface if
 * 106023 Deny proto src if:addr[/port] [(user)] dst if:addr[/port] [(user)] [(type t, code c)] by access-group "acl" [h, h]
 * 106100 access-list acl {permitted|denied|est-allowed} proto if/addr(port) [(user)] -> if/addr(port) [(user)] hit-cnt n (first hit|n-second interval) [h, h]
 * </pre>
 */
final class Denies {
    private Denies() {
    }

    /** 106001, 106006, 106007, 106015: {@code ... from addr/port to addr/port ...}. */
    static String fromTo(Cursor c, AsaEvent e, String id) {
        String direction = null;
        String proto;
        if ("106001".equals(id)) {
            direction = c.word();
            proto = c.word();
            if (!c.lit("connection denied")) {
                return "expected 'connection denied'";
            }
        } else {
            if (!c.lit("Deny ")) {
                return "expected 'Deny'";
            }
            if ("106015".equals(id)) {
                proto = c.word();
                c.paren(); // "(no connection)"
            } else {
                direction = c.word();
                proto = c.word();
            }
        }
        if (!c.lit("from ") || !c.endpoint(false)) {
            return "truncated or malformed source address";
        }
        AsaEvent.Side src = new AsaEvent.Side().from(c);
        if (!c.lit("to ") || !c.endpoint(false)) {
            return "truncated or malformed destination address";
        }
        AsaEvent.Side dst = new AsaEvent.Side().from(c);
        if (c.find("on interface ")) {
            src.iface = c.rest(); // the guide's format ends the sentence with a period
        } else if (c.find("due to ")) {
            if (c.lit("DNS")) {
                e.b.set(Fields.NETWORK_PROTOCOL, "dns");
            }
        } else if (!"106007".equals(id)) {
            return "truncated: no interface";
        }
        e.direction(direction != null ? direction.toLowerCase(java.util.Locale.ROOT) : null);
        e.transport(proto);
        e.source(src);
        e.destination(dst);
        return null;
    }

    /** 106014 and 106023: {@code Deny [inbound] proto src if:addr[/port] dst if:addr[/port] ...}. */
    static String srcDst(Cursor c, AsaEvent e, boolean accessGroup) {
        if (!c.lit("Deny ")) {
            return "expected 'Deny'";
        }
        String proto = c.word();
        if ("inbound".equals(proto) || "outbound".equals(proto)) {
            e.direction(proto);
            proto = c.word();
        }
        if ("protocol".equals(proto)) {
            proto = c.word(); // "Deny protocol 47 src ..."
        }
        if (!c.lit("src ")) {
            return "expected 'src'";
        }
        if (!c.endpoint(true)) {
            return "truncated or malformed source endpoint";
        }
        AsaEvent.Side src = new AsaEvent.Side().from(c);
        src.user = c.paren();
        if (!c.lit("dst ")) {
            return "expected 'dst'";
        }
        if (!c.endpoint(true)) {
            return "truncated or malformed destination endpoint";
        }
        AsaEvent.Side dst = new AsaEvent.Side().from(c);
        int save = c.pos;
        String p = c.paren();
        if (p != null && !p.startsWith("type ")) {
            dst.user = p;
            save = c.pos;
            p = c.paren();
        }
        if (p != null && p.startsWith("type ")) {
            icmpTypeCode(p, e);
        } else {
            c.pos = save;
        }
        if (accessGroup) {
            if (!c.find("by access-group ")) {
                return "truncated: no access-group";
            }
            String acl = c.word();
            if (acl != null) {
                acl = stripQuotes(acl);
                e.b.set(e.f.ruleName, acl).set(Fields.RULE_NAME, acl);
            }
        }
        e.transport(proto);
        e.source(src);
        e.destination(dst);
        return null;
    }

    /** 106100. @return the outcome word ({@code permitted}, {@code denied}, {@code est-allowed}) via the event, or an error */
    static String accessList(Cursor c, AsaEvent e, String[] outcome) {
        if (!c.lit("access-list ")) {
            return "expected 'access-list'";
        }
        String acl = c.word();
        outcome[0] = c.word();
        String proto = c.word();
        if (acl == null || outcome[0] == null || proto == null) {
            return "truncated before the endpoints";
        }
        if (!c.slashEndpoint()) {
            return "truncated or malformed source endpoint";
        }
        AsaEvent.Side src = new AsaEvent.Side().from(c);
        src.user = c.paren();
        if (!c.lit("-> ") && !c.lit("->")) {
            c.skipSpaces(); // some releases separate the endpoints with a space only
        }
        if (!c.slashEndpoint()) {
            return "truncated or malformed destination endpoint";
        }
        AsaEvent.Side dst = new AsaEvent.Side().from(c);
        dst.user = c.paren();
        if (c.lit("hit-cnt ")) {
            long hits = c.number();
            if (hits >= 0) {
                e.b.set(e.f.hitCount, hits);
            }
        }
        e.b.set(e.f.ruleName, acl).set(Fields.RULE_NAME, acl);
        e.transport(proto);
        if ("icmp".equalsIgnoreCase(proto)) {
            // For ICMP the "ports" are the type and the code.
            if (src.port >= 0) {
                e.b.set(e.f.icmpType, src.port);
            }
            if (dst.port >= 0) {
                e.b.set(e.f.icmpCode, dst.port);
            }
            src.port = -1;
            dst.port = -1;
        }
        e.source(src);
        e.destination(dst);
        return null;
    }

    private static void icmpTypeCode(String p, AsaEvent e) {
        Cursor t = new Cursor(p, 0);
        if (t.lit("type ")) {
            long type = t.number();
            if (type >= 0) {
                e.b.set(e.f.icmpType, type);
            }
            if (t.lit(",") && t.lit("code ")) {
                long code = t.number();
                if (code >= 0) {
                    e.b.set(e.f.icmpCode, code);
                }
            }
        }
    }

    private static String stripQuotes(String s) {
        int from = s.startsWith("\"") ? 1 : 0;
        int to = s.length() > from && s.endsWith("\"") ? s.length() - 1 : s.length();
        return s.substring(from, to);
    }
}
