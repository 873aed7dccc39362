package io.usiem.connector.datasets.internal;

import org.jspecify.annotations.Nullable;

import io.usiem.api.event.IpAddress;

/**
 * A network in the 128-bit key space: IPv4 networks are mapped to {@code ::ffff:0:0/96}, so a /24
 * becomes a /120. Parsed from {@code a.b.c.d/n}, {@code x::/n} or a bare address (a host network).
 */
record Cidr(long hi, long lo, int length, boolean v4) {

    static @Nullable Cidr parse(String text) {
        String t = text.trim();
        int slash = t.indexOf('/');
        IpAddress ip = IpAddress.tryParse(t, 0, slash < 0 ? t.length() : slash);
        if (ip == null) {
            return null;
        }
        int max = ip.isV4() ? 32 : 128;
        int len = max;
        if (slash >= 0) {
            try {
                len = Integer.parseInt(t.substring(slash + 1).trim());
            } catch (NumberFormatException e) {
                return null;
            }
            if (len < 0 || len > max) {
                return null;
            }
        }
        int len128 = ip.isV4() ? len + 96 : len;
        long hi = Keys.hi(ip) & maskHi(len128);
        long lo = Keys.lo(ip) & maskLo(len128);
        return new Cidr(hi, lo, len128, ip.isV4());
    }

    static long maskHi(int len) {
        return len >= 64 ? -1L : len == 0 ? 0L : -1L << (64 - len);
    }

    static long maskLo(int len) {
        return len <= 64 ? 0L : len == 128 ? -1L : -1L << (128 - len);
    }

    long endHi() {
        return hi | ~maskHi(length);
    }

    long endLo() {
        return lo | ~maskLo(length);
    }

    /** @return canonical text: {@code 10.0.0.0/8}, {@code 2001:db8::/32} */
    @Override
    public String toString() {
        if (v4) {
            return IpAddress.ofV4((int) lo) + "/" + (length - 96);
        }
        return IpAddress.ofV6(hi, lo) + "/" + length;
    }
}
