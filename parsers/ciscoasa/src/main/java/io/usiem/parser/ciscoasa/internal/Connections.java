package io.usiem.parser.ciscoasa.internal;

import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;

/**
 * Connection built and teardown messages (ASA syslog guide, messages 302013-302021):
 * <pre>
 * Built {inbound|outbound} TCP connection id for if:addr/port (mapped/port) [(user)] to if:addr/port (mapped/port) [(user)] [(user)]
 * Teardown TCP connection id for if:addr/port [(user)] to if:addr/port [(user)] duration h:mm:ss bytes n [reason [from if]] [(user)]
 * Built {inbound|outbound} ICMP connection for faddr [if:]addr/seq [(user)] gaddr [if:]addr/type laddr [if:]addr/n [(user)] [type t code c]
 * </pre>
 * The source is the side that opened the connection: in a built outbound message that is the second (the
 * inside host), as Elastic's integration reads it. Teardowns name no direction: the first side is the source.
 */
final class Connections {
    private Connections() {
    }

    /** 302013, 302015 (and 302017 GRE, 302303 stubs share the form). */
    static String built(Cursor c, AsaEvent e) {
        if (!c.lit("Built ")) {
            return "expected 'Built'";
        }
        String direction = c.word();
        String proto = c.word();
        if (!c.lit("connection ")) {
            return "expected 'connection' after the protocol";
        }
        String id = c.word();
        if (!c.lit("for ")) {
            return "expected 'for'";
        }
        AsaEvent.Side first = side(c, false);
        if (first == null) {
            return "truncated or malformed first endpoint";
        }
        if (!c.lit("to ")) {
            return "expected 'to' after the first endpoint";
        }
        AsaEvent.Side second = side(c, true);
        if (second == null) {
            return "truncated or malformed second endpoint";
        }
        String terminationUser = c.paren();
        e.direction(direction);
        e.transport(proto);
        e.b.set(e.f.connectionId, id);
        boolean outbound = "outbound".equals(direction);
        e.source(outbound ? second : first);
        e.destination(outbound ? first : second);
        if (terminationUser != null) {
            e.b.set(e.f.terminationUser, terminationUser.strip());
        }
        return null;
    }

    /** 302014, 302016. */
    static String teardown(Cursor c, AsaEvent e) {
        if (!c.lit("Teardown ")) {
            return "expected 'Teardown'";
        }
        String proto = c.word();
        if (!c.lit("connection ")) {
            return "expected 'connection' after the protocol";
        }
        String id = c.word();
        if (!c.lit("for ")) {
            return "expected 'for'";
        }
        AsaEvent.Side first = side(c, false);
        if (first == null) {
            return "truncated or malformed first endpoint";
        }
        if (!c.lit("to ")) {
            return "expected 'to' after the first endpoint";
        }
        AsaEvent.Side second = side(c, false);
        if (second == null) {
            return "truncated or malformed second endpoint";
        }
        if (!c.lit("duration ")) {
            return "expected 'duration'";
        }
        long duration = AsaEvent.duration(c.word());
        if (duration < 0) {
            return "invalid duration";
        }
        if (!c.lit("bytes ")) {
            return "expected 'bytes' after the duration";
        }
        long bytes = c.number();
        if (bytes < 0) {
            return "invalid byte count";
        }
        e.transport(proto);
        e.b.set(e.f.connectionId, id).set(Fields.EVENT_DURATION, duration).set(Fields.NETWORK_BYTES, bytes);
        e.source(first);
        e.destination(second);
        reason(c, e);
        return null;
    }

    /** What follows the byte count: {@code TCP FINs from outside (jdoe)}. */
    private static void reason(Cursor c, AsaEvent e) {
        String rest = c.rest();
        if (rest == null) {
            return;
        }
        if (rest.endsWith(")")) {
            int open = rest.lastIndexOf('(');
            if (open >= 0) {
                e.b.set(e.f.terminationUser, rest.substring(open + 1, rest.length() - 1).strip());
                rest = rest.substring(0, open).strip();
            }
        }
        int from = rest.lastIndexOf(" from ");
        if (from >= 0) {
            e.b.set(e.f.terminationInitiator, rest.substring(from + 6).strip());
            rest = rest.substring(0, from).strip();
        }
        if (!rest.isEmpty()) {
            e.b.set(Fields.EVENT_REASON, rest);
        }
    }

    /** 302020, 302021. */
    static String icmp(Cursor c, AsaEvent e, boolean built) {
        String direction = null;
        if (built) {
            if (!c.lit("Built ")) {
                return "expected 'Built'";
            }
            direction = c.word();
        } else if (!c.lit("Teardown ")) {
            return "expected 'Teardown'";
        }
        String proto = c.word();
        if (!c.lit("connection for faddr ")) {
            return "expected 'connection for faddr'";
        }
        AsaEvent.Side foreign = icmpAddress(c);
        if (foreign == null || !c.lit("gaddr ")) {
            return "truncated or malformed faddr";
        }
        AsaEvent.Side global = icmpAddress(c);
        if (global == null || !c.lit("laddr ")) {
            return "truncated or malformed gaddr";
        }
        AsaEvent.Side local = icmpAddress(c);
        if (local == null) {
            return "truncated or malformed laddr";
        }
        e.transport(proto);
        e.direction(direction);
        local.mappedIp = global.ip;
        if (c.find("type ")) {
            long type = c.number();
            if (type >= 0) {
                e.b.set(e.f.icmpType, type);
            }
            if (c.lit("code ")) {
                long code = c.number();
                if (code >= 0) {
                    e.b.set(e.f.icmpCode, code);
                }
            }
        }
        // Inbound: the foreign host pinged a global address, translated to the local one.
        if ("inbound".equals(direction)) {
            e.source(foreign);
            e.destination(local);
        } else {
            e.source(local);
            e.destination(foreign);
        }
        return null;
    }

    /** {@code [if:]addr/n [(user)]}; the number after the slash is an ICMP id or type, not a port. */
    private static AsaEvent.Side icmpAddress(Cursor c) {
        c.skipSpaces();
        int save = c.pos;
        int colon = c.s.indexOf(':', c.pos);
        int space = c.s.indexOf(' ', c.pos);
        boolean withIface = colon > 0 && (space < 0 || colon < space) && !looksLikeIpv6(c.s, c.pos, space < 0 ? c.s.length() : space);
        if (!c.endpoint(withIface)) {
            c.pos = save;
            return null;
        }
        AsaEvent.Side s = new AsaEvent.Side().from(c);
        s.port = -1;
        String user = c.paren();
        if (user != null) {
            s.user = user;
        }
        return s;
    }

    private static boolean looksLikeIpv6(String s, int from, int to) {
        int slash = s.indexOf('/', from);
        int end = slash > 0 && slash < to ? slash : to;
        return IpAddress.tryParse(s, from, end) != null;
    }

    /**
     * {@code if:addr/port}, then its parenthesised mapped address and identity user. After the last endpoint
     * of a built message a user in parentheses after a space is the AAA user (termination user), not the
     * endpoint's: there the endpoint's user must follow its parenthesis directly.
     */
    private static AsaEvent.Side side(Cursor c, boolean adjacentUserOnly) {
        if (!c.endpoint(true)) {
            return null;
        }
        AsaEvent.Side s = new AsaEvent.Side().from(c);
        for (int k = 0; k < 2; k++) {
            int save = c.pos;
            boolean adjacent = c.peek() == '(';
            String p = c.paren();
            if (p == null) {
                break;
            }
            int slash = p.lastIndexOf('/');
            IpAddress mapped = slash > 0 ? IpAddress.tryParse(p, 0, slash) : null;
            if (mapped != null && s.mappedIp == null) {
                s.mappedIp = mapped;
                s.mappedPort = new Cursor(p, slash + 1).number();
            } else if (mapped == null && s.user == null && (adjacent || !adjacentUserOnly)) {
                s.user = p;
            } else {
                c.pos = save;
                break;
            }
        }
        return s;
    }
}
