package io.usiem.connector.storelucene.internal;

import io.usiem.api.event.IpAddress;

/** IPs in the 16-byte form of Lucene's InetAddressPoint (IPv4 as IPv4-mapped IPv6), without InetAddress objects. */
final class IpBytes {
    static final int LENGTH = 16;

    private IpBytes() {
    }

    static byte[] encode(IpAddress ip) {
        byte[] b = new byte[LENGTH];
        if (ip.isV4()) {
            int v = ip.v4();
            b[10] = (byte) 0xFF;
            b[11] = (byte) 0xFF;
            b[12] = (byte) (v >>> 24);
            b[13] = (byte) (v >>> 16);
            b[14] = (byte) (v >>> 8);
            b[15] = (byte) v;
            return b;
        }
        long high = ip.high();
        long low = ip.low();
        for (int k = 0; k < 8; k++) {
            b[k] = (byte) (high >>> (56 - 8 * k));
            b[k + 8] = (byte) (low >>> (56 - 8 * k));
        }
        return b;
    }

    static IpAddress decode(byte[] b, int offset) {
        boolean mapped = true;
        for (int i = 0; i < 10; i++) {
            mapped &= b[offset + i] == 0;
        }
        mapped &= b[offset + 10] == (byte) 0xFF && b[offset + 11] == (byte) 0xFF;
        if (mapped) {
            return IpAddress.ofV4((b[offset + 12] & 0xFF) << 24 | (b[offset + 13] & 0xFF) << 16
                    | (b[offset + 14] & 0xFF) << 8 | b[offset + 15] & 0xFF);
        }
        long high = 0;
        long low = 0;
        for (int k = 0; k < 8; k++) {
            high = high << 8 | (b[offset + k] & 0xFF);
            low = low << 8 | (b[offset + 8 + k] & 0xFF);
        }
        return IpAddress.ofV6(high, low);
    }
}
