package io.usiem.parser.fortigate.internal;

import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;

/**
 * The FortiGate keys the parser knows, each with its {@code fortinet.firewall.*} field (where a value
 * that does not map to ECS goes). Looked up from the line without cutting the key out.
 */
enum Key {
    date, time, tz, eventtime, logid, type, subtype, level, vd, devname, devid, logdesc, msg, eventtype, eventsubtype,
    reason, action, utmaction, status, result, dir, direction,
    srcip, srcport, srcintf, dstip, dstport, dstintf, transip, transport, tranip, tranport, proto, service,
    policyid, policyname, poluuid, policytype, duration, sentbyte, rcvdbyte, sentpkt, rcvdpkt, srcmac, dstmac, srcname,
    app, appcat, user, unauthuser, group, srcdomain, dstname, remip, remport, locip, locport, xauthuser,
    hostname, url, httpmethod, referralurl, agent, catdesc, profile, ref, filename, filesize, filetype, attack,
    qname, qtype, qclass, ipaddr, xid, sni, cipher, comment,
    // vendor-only keys met on most lines: known here so they cost no allocation
    logver, sessionid, srcintfrole, dstintfrole, srccountry, dstcountry, trandisp, appid, apprisk, applist, crscore,
    craction, crlevel, vwlid, countapp, countweb, countips, countav, osname, srchwvendor, devtype, srcfamily, mastersrcmac,
    srcserver, dstosname, dstserver, masterdstmac, dstdevtype, dsthwvendor, virus, virusid, dtype, severity, attackid,
    cat, ui, adminprof, cfgtid, cfgpath, cfgobj, cfgattr, eventid, tunnelip, tunneltype, tunnelid, vpntunnel, assignip, xauthgroup,
    init, mode, stage, role, esptype, outintf, nextstat, ha_group, ha_role, sn, ap, ssid, stamac, authserver, method,
    logflag, sentdelta, rcvddelta, policymode, dstuuid, srcuuid, catdescr, urlsource, threattype, threatweight,
    threatlevel, fctuid, quarskip, analyticscksum, analyticssubmit, ratemethod, forwardedfor,
    unknown;

    static final String PREFIX = "fortinet.firewall.";
    private static final Key[] TABLE = new Key[1024];
    private static final int[] HASHES = new int[1024];

    final Field vendor;

    Key() {
        this.vendor = Field.of(PREFIX + name(), FieldType.KEYWORD);
    }

    static {
        for (Key k : values()) {
            if (k == unknown) {
                continue;
            }
            int slot = k.name().hashCode() & (TABLE.length - 1);
            while (TABLE[slot] != null) {
                slot = (slot + 1) & (TABLE.length - 1);
            }
            TABLE[slot] = k;
            HASHES[slot] = k.name().hashCode();
        }
    }

    /** @return the key written in {@code s[from, to)}, or {@link #unknown} */
    static Key of(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        int len = to - from;
        int slot = h & (TABLE.length - 1);
        Key k;
        while ((k = TABLE[slot]) != null) {
            if (HASHES[slot] == h && same(k.name(), s, from, len)) {
                return k;
            }
            slot = (slot + 1) & (TABLE.length - 1);
        }
        return unknown;
    }

    private static boolean same(String name, String s, int from, int len) {
        if (name.length() != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (name.charAt(i) != s.charAt(from + i)) {
                return false;
            }
        }
        return true;
    }
}
