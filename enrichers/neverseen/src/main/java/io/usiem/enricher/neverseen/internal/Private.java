package io.usiem.enricher.neverseen.internal;

import io.usiem.api.event.IpAddress;

/** Private, loopback, link-local, CGNAT and multicast addresses, skipped unless configured. */
final class Private {
    private Private() {
    }

    static boolean isNot(IpAddress ip) {
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
        return !(hi == 0 || (top16 & 0xFE00) == 0xFC00 || (top16 & 0xFFC0) == 0xFE80 || (top16 & 0xFF00) == 0xFF00);
    }
}
