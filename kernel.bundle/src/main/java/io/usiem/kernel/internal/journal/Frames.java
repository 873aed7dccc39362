package io.usiem.kernel.internal.journal;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * The record frame: {@code [int length][int CRC32C][payload]}, big-endian. The checksum covers the length field
 * and the payload, so a zero-filled tail (length 0, checksum 0) never passes as an empty record.
 */
final class Frames {
    static final int HEADER_BYTES = 8;

    private Frames() {
    }

    /** Checksum of a frame whose payload is in an array. */
    static int checksum(CRC32C crc, int length, byte[] payload, int offset) {
        crc.reset();
        updateInt(crc, length);
        crc.update(payload, offset, length);
        return (int) crc.getValue();
    }

    /** Checksum of a frame whose payload lies in {@code buffer} at {@code payloadAt}; the buffer is not moved. */
    static int checksum(CRC32C crc, int length, ByteBuffer buffer, int payloadAt) {
        crc.reset();
        updateInt(crc, length);
        if (buffer.hasArray()) {
            crc.update(buffer.array(), buffer.arrayOffset() + payloadAt, length);
        } else {
            crc.update(buffer.duplicate().limit(payloadAt + length).position(payloadAt));
        }
        return (int) crc.getValue();
    }

    private static void updateInt(CRC32C crc, int value) {
        crc.update(value >>> 24);
        crc.update(value >>> 16);
        crc.update(value >>> 8);
        crc.update(value);
    }
}
