package io.usiem.kernel.internal.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32C;

/** Reads and verifies frames sequentially from one segment file through a read buffer. Not thread-safe. */
final class FrameReader {
    /** {@link #next} found no more bytes: a clean end. */
    static final int END = -1;
    /** {@link #next} found a partial frame, an impossible length or a checksum mismatch. */
    static final int TORN = -2;

    private final FileChannel channel;
    private final int maxRecordBytes;
    private final CRC32C crc = new CRC32C();
    private ByteBuffer buffer = ByteBuffer.allocate(64 << 10);
    private long bufferOffset;
    private int payloadAt;
    private int payloadLength;
    private long offset;

    FrameReader(FileChannel channel, long offset, int maxRecordBytes) {
        this.channel = channel;
        this.offset = offset;
        this.maxRecordBytes = maxRecordBytes;
        buffer.limit(0);
    }

    /** @return file offset of the next frame */
    long offset() {
        return offset;
    }

    /**
     * Reads and verifies the frame at {@link #offset()}, considering only the first {@code limit} bytes of the file.
     *
     * @return the payload length, {@link #END} or {@link #TORN}
     */
    int next(long limit) throws IOException {
        if (offset >= limit) {
            return END;
        }
        if (offset + Frames.HEADER_BYTES > limit || !fill(Frames.HEADER_BYTES)) {
            return TORN;
        }
        int at = (int) (offset - bufferOffset);
        int length = buffer.getInt(at);
        int stored = buffer.getInt(at + 4);
        if (length < 0 || length > maxRecordBytes || offset + Frames.HEADER_BYTES + length > limit
                || !fill(Frames.HEADER_BYTES + length)) {
            return TORN;
        }
        at = (int) (offset - bufferOffset);
        if (Frames.checksum(crc, length, buffer, at + Frames.HEADER_BYTES) != stored) {
            return TORN;
        }
        payloadAt = at + Frames.HEADER_BYTES;
        payloadLength = length;
        offset += Frames.HEADER_BYTES + length;
        return length;
    }

    /** @return a copy of the payload of the frame {@link #next} last returned */
    byte[] payload() {
        byte[] copy = new byte[payloadLength];
        buffer.get(payloadAt, copy);
        return copy;
    }

    /** Makes the buffer hold {@code bytes} bytes from {@link #offset}; false at end of file. */
    private boolean fill(int bytes) throws IOException {
        if (offset >= bufferOffset && offset + bytes <= bufferOffset + buffer.limit()) {
            return true;
        }
        if (bytes > buffer.capacity()) {
            buffer = ByteBuffer.allocate(Integer.highestOneBit(bytes) << 1);
        }
        buffer.clear();
        bufferOffset = offset;
        while (buffer.position() < bytes) {
            if (channel.read(buffer, bufferOffset + buffer.position()) < 0) {
                buffer.flip();
                return false;
            }
        }
        buffer.flip();
        return true;
    }
}
