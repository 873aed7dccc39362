package io.usiem.api.codec;

import io.usiem.api.event.IpAddress;

/** Reads what {@link ByteWriter} wrote; every malformed input ends in an {@link EventFormatException}. */
final class ByteReader {
    private final byte[] buf;
    private final int start;
    private final int end;
    private int pos;

    ByteReader(byte[] buf, int offset, int length) {
        if (offset < 0 || length < 0 || offset + length > buf.length) {
            throw new IndexOutOfBoundsException("offset " + offset + " length " + length + " of " + buf.length);
        }
        this.buf = buf;
        this.start = offset;
        this.pos = offset;
        this.end = offset + length;
    }

    EventFormatException error(String what) {
        return new EventFormatException(what, pos - start);
    }

    boolean atEnd() {
        return pos == end;
    }

    int u8() {
        if (pos >= end) {
            throw error("unexpected end of data");
        }
        return buf[pos++] & 0xFF;
    }

    long varLong() {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = u8();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw error("varint longer than 10 bytes");
    }

    int count(int max) {
        long n = varLong();
        if (n < 0 || n > max || n > end - pos) {
            throw error("count " + n + " out of range");
        }
        return (int) n;
    }

    long zigzag() {
        long v = varLong();
        return (v >>> 1) ^ -(v & 1);
    }

    long fixed64() {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = v << 8 | u8();
        }
        return v;
    }

    int fixed32() {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            v = v << 8 | u8();
        }
        return v;
    }

    String string() {
        int n = count(Integer.MAX_VALUE);
        char[] chars = new char[n];
        for (int i = 0; i < n; i++) {
            int b = u8();
            if (b < 0x80) {
                chars[i] = (char) b;
            } else if ((b & 0xE0) == 0xC0) {
                chars[i] = (char) ((b & 0x1F) << 6 | cont());
            } else if ((b & 0xF0) == 0xE0) {
                int mid = cont();
                chars[i] = (char) ((b & 0x0F) << 12 | mid << 6 | cont());
            } else {
                throw error("invalid string byte " + b);
            }
        }
        return new String(chars);
    }

    private int cont() {
        int b = u8();
        if ((b & 0xC0) != 0x80) {
            throw error("invalid continuation byte " + b);
        }
        return b & 0x3F;
    }

    IpAddress ip() {
        int len = u8();
        if (len == 4) {
            return IpAddress.ofV4(fixed32());
        } else if (len == 16) {
            long high = fixed64();
            return IpAddress.ofV6(high, fixed64());
        }
        throw error("IP address of " + len + " bytes");
    }
}
