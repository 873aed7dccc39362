package io.usiem.api.codec;

import io.usiem.api.event.IpAddress;

import java.util.Arrays;

/** A growable byte buffer with varints and exact string encoding; reused across events by one encoder. */
final class ByteWriter {
    byte[] buf = new byte[512];
    int pos;

    void reset() {
        pos = 0;
    }

    private void ensure(int n) {
        if (pos + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
        }
    }

    void u8(int v) {
        ensure(1);
        buf[pos++] = (byte) v;
    }

    void varLong(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            buf[pos++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[pos++] = (byte) v;
    }

    void zigzag(long v) {
        varLong((v << 1) ^ (v >> 63));
    }

    void fixed64(long v) {
        ensure(8);
        for (int i = 56; i >= 0; i -= 8) {
            buf[pos++] = (byte) (v >>> i);
        }
    }

    void fixed32(int v) {
        ensure(4);
        for (int i = 24; i >= 0; i -= 8) {
            buf[pos++] = (byte) (v >>> i);
        }
    }

    /**
     * Char count, then each UTF-16 unit as UTF-8 would write a code point below U+10000 (surrogates one by
     * one, as CESU-8 does): exact for any Java string, lone surrogates included, and one byte per ASCII char.
     */
    void string(String s) {
        int n = s.length();
        varLong(n);
        ensure(n * 3);
        byte[] b = buf;
        int p = pos;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                b[p++] = (byte) c;
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | c >> 6);
                b[p++] = (byte) (0x80 | c & 0x3F);
            } else {
                b[p++] = (byte) (0xE0 | c >> 12);
                b[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | c & 0x3F);
            }
        }
        pos = p;
    }

    void ip(IpAddress ip) {
        if (ip.isV4()) {
            u8(4);
            fixed32(ip.v4());
        } else {
            u8(16);
            fixed64(ip.high());
            fixed64(ip.low());
        }
    }

    byte[] toArray() {
        return Arrays.copyOf(buf, pos);
    }
}
