package io.usiem.parser.ciscoasa.internal;

import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;

/**
 * AAA, remote-access VPN and threat-detection messages (ASA syslog guide):
 * <pre>
 * 113004 AAA user {authentication|authorization|accounting} Successful : server = addr : user = name
 * 113005 AAA user authentication Rejected : reason = r : server = addr : user = name : user IP = addr
 * 113012 AAA user authentication Successful : local database : user = name
 * 113015 AAA user authentication Rejected : reason = r : local database : user = name : user IP = addr
 * 113019 Group = g, Username = u, IP = addr, Session disconnected. Session Type: t, Duration: d, Bytes xmt: n, Bytes rcv: n, Reason: r
 * 113039 Group &lt;g&gt; User &lt;u&gt; IP &lt;addr&gt; AnyConnect parent session started.
 * 7220xx Group &lt;g&gt; User &lt;u&gt; IP &lt;addr&gt; {TCP|UDP} SVC connection established|terminated ... / SVC closing connection: reason
 * 722051 Group &lt;g&gt; User &lt;u&gt; IP &lt;addr&gt; IPv4 Address &lt;a&gt; IPv6 address &lt;b&gt; assigned to session
 * 733100 [object] drop rate-id exceeded. Current burst rate is n per second, max configured rate is n; Current average rate is n per second, max configured rate is n; Cumulative total count is n
 * </pre>
 * The VPN client's public address is {@code source.ip} in all of them.
 */
final class AaaVpn {
    private AaaVpn() {
    }

    /** 113004, 113005, 113012, 113015. */
    static String aaa(Cursor c, AsaEvent e) {
        if (!c.lit("AAA user ")) {
            return "expected 'AAA user'";
        }
        String type = c.word();
        if (type == null) {
            return "truncated after 'AAA user'";
        }
        e.b.set(e.f.aaaType, type);
        String body = c.s;
        String reason = value(body, c.pos, "reason = ");
        if (reason != null) {
            e.b.set(e.f.rejectionReason, reason).set(Fields.EVENT_REASON, reason);
        }
        String server = value(body, c.pos, "server = ");
        if (server == null) {
            server = value(body, c.pos, "server =");
        }
        if (server != null) {
            IpAddress ip = IpAddress.tryParse(server);
            if (ip != null) {
                e.b.set(Fields.DESTINATION_IP, ip);
                e.related(ip);
            } else {
                e.b.set(Fields.DESTINATION_DOMAIN, server);
            }
        }
        String userIp = value(body, c.pos, "user IP = ");
        if (userIp == null) {
            userIp = value(body, c.pos, "User IP = ");
        }
        IpAddress client = userIp == null ? null : IpAddress.tryParse(userIp);
        if (client != null) {
            e.b.set(Fields.SOURCE_IP, client);
            e.related(client);
        }
        String user = value(body, c.pos, "user = ");
        if (user == null) {
            user = value(body, c.pos, "User = ");
        }
        if (user == null) {
            return "truncated: no user";
        }
        e.user(user, true);
        return null;
    }

    /** 113019. */
    static String disconnected(Cursor c, AsaEvent e) {
        String body = c.s;
        String user = value(body, c.pos, "Username = ");
        String ip = value(body, c.pos, "IP = ");
        if (user == null || ip == null) {
            return "truncated: no Username or IP";
        }
        String group = value(body, c.pos, "Group = ");
        if (group != null) {
            e.b.set(AsaFields.SOURCE_USER_GROUP_NAME, group);
        }
        e.user(user, true);
        client(e, ip);
        String type = value(body, c.pos, "Session Type: ");
        if (type != null) {
            e.b.set(e.f.sessionType, type);
        }
        String duration = value(body, c.pos, "Duration: ");
        long nanos = duration == null ? -1 : AsaEvent.duration(duration);
        if (nanos >= 0) {
            e.b.set(Fields.EVENT_DURATION, nanos);
        }
        long sent = number(value(body, c.pos, "Bytes xmt: "));
        if (sent >= 0) {
            e.b.set(Fields.SOURCE_BYTES, sent);
        }
        long received = number(value(body, c.pos, "Bytes rcv: "));
        if (received >= 0) {
            e.b.set(Fields.DESTINATION_BYTES, received);
        }
        int at = body.indexOf("Reason: ", c.pos);
        if (at >= 0) {
            Cursor r = new Cursor(body, at + "Reason: ".length());
            String reason = r.rest();
            if (reason != null) {
                e.b.set(Fields.EVENT_REASON, reason);
            }
        }
        return null;
    }

    /** 113039, 722022, 722023, 722028, 722037, 722051: the {@code Group <g> User <u> IP <addr>} prefix, then the id's own part. */
    static String session(Cursor c, AsaEvent e, String id) {
        String group = bracketed(c, "Group");
        String user = bracketed(c, "User");
        String ip = bracketed(c, "IP");
        if (user == null || ip == null) {
            return "truncated: no User or IP";
        }
        if (group != null) {
            e.b.set(AsaFields.SOURCE_USER_GROUP_NAME, group);
        }
        e.user(user, true);
        client(e, ip);
        switch (id) {
            case "722022":
            case "722023": {
                String transport = c.word(); // the tunnel's: TCP (TLS) or UDP (DTLS)
                if (transport != null) {
                    e.b.set(e.f.connectionType, transport);
                }
                break;
            }
            case "722037":
                if (c.find("closing connection:")) {
                    String reason = c.rest();
                    if (reason != null) {
                        e.b.set(Fields.EVENT_REASON, reason);
                    }
                }
                break;
            case "722051": {
                int save = c.pos;
                String v4 = bracketed(c, "IPv4 Address");
                if (v4 == null) {
                    c.pos = save;
                    v4 = bracketed(c, "Address"); // releases before IPv6 support
                }
                IpAddress assigned = v4 == null ? null : IpAddress.tryParse(v4);
                if (assigned != null) {
                    e.b.set(e.f.assignedIp, assigned);
                    e.related(assigned);
                }
                String v6 = bracketed(c, "IPv6 address");
                IpAddress assigned6 = v6 == null ? null : IpAddress.tryParse(v6);
                if (assigned6 != null && !(assigned6.high() == 0 && assigned6.low() == 0)) { // "::" when no IPv6 address was assigned
                    e.b.set(e.f.assignedIpv6, assigned6);
                    e.related(assigned6);
                }
                break;
            }
            default:
                break;
        }
        return null;
    }

    /** 733100. */
    static String threat(Cursor c, AsaEvent e) {
        c.skipSpaces();
        if (c.peek() != '[') {
            return "expected '[object]'";
        }
        c.pos++;
        String object = c.until("]");
        if (object == null || !c.lit("drop ")) {
            return "truncated: no object or drop rate";
        }
        e.b.set(e.f.burstObject, object.strip());
        String rateId = c.word();
        if (rateId == null) {
            return "truncated: no rate id";
        }
        e.b.set(e.f.burstId, rateId);
        setWord(c, e, "Current burst rate is ", e.f.burstCurrentRate);
        setWord(c, e, "max configured rate is ", e.f.burstConfiguredRate);
        setWord(c, e, "Current average rate is ", e.f.burstAvgRate);
        setWord(c, e, "max configured rate is ", e.f.burstConfiguredAvgRate);
        setWord(c, e, "Cumulative total count is ", e.f.burstCumulativeCount);
        return null;
    }

    private static void setWord(Cursor c, AsaEvent e, String key, io.usiem.api.event.Field field) {
        if (c.find(key)) {
            String w = c.word();
            if (w != null) {
                int end = w.length();
                while (end > 0 && (w.charAt(end - 1) == ';' || w.charAt(end - 1) == ',' || w.charAt(end - 1) == '.')) {
                    end--;
                }
                if (end > 0) {
                    e.b.set(field, w.substring(0, end));
                }
            }
        }
    }

    private static void client(AsaEvent e, String ip) {
        IpAddress addr = IpAddress.tryParse(ip);
        if (addr != null) {
            e.b.set(Fields.SOURCE_IP, addr);
            e.related(addr);
        } else {
            e.b.set(Fields.SOURCE_DOMAIN, ip);
        }
    }

    /** {@code Key <value>} (or {@code Key value} without brackets, as some releases write it); moves after it. */
    private static String bracketed(Cursor c, String key) {
        int save = c.pos;
        if (!c.lit(key)) {
            c.pos = save;
            return null;
        }
        c.skipSpaces();
        if (c.peek() == '<') {
            c.pos++;
            String v = c.until(">");
            if (v == null) {
                c.pos = save;
            }
            return v;
        }
        return c.word();
    }

    /** The value after key up to the next separator ({@code  : }, {@code , }, end), or null. */
    static String value(String s, int from, String key) {
        int at = s.indexOf(key, from);
        if (at < 0) {
            return null;
        }
        int start = at + key.length();
        int end = s.length();
        for (int k = start; k < s.length(); k++) {
            char ch = s.charAt(k);
            if (ch == ',' || (ch == ':' && k > start && (k + 1 >= s.length() || s.charAt(k + 1) == ' '))) {
                end = k;
                break;
            }
        }
        String v = s.substring(start, end).strip();
        return v.isEmpty() ? null : v;
    }

    private static long number(String s) {
        return s == null ? -1 : new Cursor(s, 0).number();
    }
}
