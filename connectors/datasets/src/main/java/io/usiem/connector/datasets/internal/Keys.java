package io.usiem.connector.datasets.internal;

import io.usiem.api.event.IpAddress;

/**
 * 128-bit keys for addresses. IPv4 lives in the IPv4-mapped IPv6 space ({@code ::ffff:a.b.c.d}) so one
 * table and one longest-prefix search serve both families without allocating on lookup.
 */
final class Keys {
    static final long V4_MAPPED = 0x0000_FFFF_0000_0000L;

    private Keys() {
    }

    static long hi(IpAddress ip) {
        return ip.isV4() ? 0L : ip.high();
    }

    static long lo(IpAddress ip) {
        return ip.isV4() ? V4_MAPPED | (ip.v4() & 0xFFFF_FFFFL) : ip.low();
    }

    /** @return negative, zero or positive as (ah,al) is below, equal to or above (bh,bl), unsigned */
    static int compare(long ah, long al, long bh, long bl) {
        int c = Long.compareUnsigned(ah, bh);
        return c != 0 ? c : Long.compareUnsigned(al, bl);
    }

    static int hash(long hi, long lo) {
        long h = hi * 0x9E37_79B9_7F4A_7C15L ^ lo;
        h *= 0xC2B2_AE3D_27D4_EB4FL;
        return (int) (h ^ (h >>> 29) ^ (h >>> 47));
    }
}
