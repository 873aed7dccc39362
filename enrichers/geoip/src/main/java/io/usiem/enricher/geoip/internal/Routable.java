package io.usiem.enricher.geoip.internal;

import io.usiem.api.event.IpAddress;

/** Whether an address can have a location: not private, loopback, link-local, CGNAT, multicast or reserved. */
final class Routable {
    private Routable() {
    }

    static boolean is(IpAddress ip) {
        if (ip.isV4()) {
            int a = ip.v4();
            int o1 = a >>> 24;
            int o2 = (a >>> 16) & 0xFF;
            return !(o1 == 0 || o1 == 10 || o1 == 127 || o1 >= 224
                    || o1 == 169 && o2 == 254
                    || o1 == 172 && o2 >= 16 && o2 < 32
                    || o1 == 192 && o2 == 168
                    || o1 == 100 && o2 >= 64 && o2 < 128);
        }
        long hi = ip.high();
        int top16 = (int) (hi >>> 48);
        return !(hi == 0 // ::, ::1, IPv4-mapped/compatible
                || (top16 & 0xFE00) == 0xFC00 // fc00::/7 unique local
                || (top16 & 0xFFC0) == 0xFE80 // fe80::/10 link-local
                || (top16 & 0xFF00) == 0xFF00); // ff00::/8 multicast
    }
}
