package io.usiem.connector.sysloginput.internal;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.CorruptedFrameException;

import java.util.List;

/**
 * Splits a TCP stream into syslog {@link Frame}s (RFC 6587). The first bytes of a connection decide its framing
 * for good: digits followed by a space is octet counting ({@code 123 <PRI>...}), anything else is one message per
 * line (LF, an optional CR before it is dropped). A message longer than max.frame.bytes is cut there, at a UTF-8
 * character boundary, tagged truncated, and the rest of it is skipped, so one huge message costs no memory.
 */
final class SyslogFrameDecoder extends ByteToMessageDecoder {
    /** Longest length prefix read: 10 digits is more than any frame we would keep. */
    private static final int MAX_LENGTH_DIGITS = 10;

    private enum Mode { DETECT, OCTET_COUNTING, NEWLINE }

    private final int maxFrameBytes;
    private Mode mode = Mode.DETECT;
    /** Bytes still to skip of a message that was truncated (octet counting: its remaining length). */
    private long skipBytes;
    /** Newline framing: skipping the rest of a truncated line up to its LF. */
    private boolean skipToNewline;

    SyslogFrameDecoder(int maxFrameBytes) {
        this.maxFrameBytes = maxFrameBytes;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (mode == Mode.DETECT) {
            mode = detect(in);
            if (mode == Mode.DETECT) {
                return;
            }
        }
        if (mode == Mode.OCTET_COUNTING) {
            while (in.isReadable() && decodeCounted(in, out)) {
                // one frame per turn
            }
        } else {
            while (in.isReadable() && decodeLine(in, out)) {
                // one line per turn
            }
        }
    }

    /** @return the framing the stream's first bytes show, or DETECT when too few have arrived to tell */
    private static Mode detect(ByteBuf in) {
        int start = in.readerIndex();
        int end = in.writerIndex();
        int i = start;
        while (i < end && i - start <= MAX_LENGTH_DIGITS && isDigit(in.getByte(i))) {
            i++;
        }
        if (i == start) {
            return Mode.NEWLINE;
        }
        if (i == end && i - start <= MAX_LENGTH_DIGITS) {
            return Mode.DETECT;
        }
        return i < end && in.getByte(i) == ' ' ? Mode.OCTET_COUNTING : Mode.NEWLINE;
    }

    /** @return true when a frame (or a skipped part) was consumed and more may follow */
    private boolean decodeCounted(ByteBuf in, List<Object> out) {
        if (skipBytes > 0) {
            int n = (int) Math.min(skipBytes, in.readableBytes());
            in.skipBytes(n);
            skipBytes -= n;
            return skipBytes == 0;
        }
        int start = in.readerIndex();
        int end = in.writerIndex();
        long length = 0;
        int i = start;
        while (i < end && isDigit(in.getByte(i))) {
            if (i - start >= MAX_LENGTH_DIGITS) {
                throw new CorruptedFrameException("octet-counting length longer than " + MAX_LENGTH_DIGITS + " digits");
            }
            length = length * 10 + (in.getByte(i) - '0');
            i++;
        }
        if (i == end) {
            return false;
        }
        if (i == start || in.getByte(i) != ' ' || length == 0) {
            throw new CorruptedFrameException("octet-counting frame does not start with a length and a space");
        }
        int bodyStart = i + 1;
        if (length > maxFrameBytes) {
            // Truncate as soon as the kept part is here: a huge frame never sits in memory whole.
            if (end - bodyStart <= maxFrameBytes) {
                return false;
            }
            in.readerIndex(bodyStart);
            out.add(Frame.of(readTruncated(in, maxFrameBytes), true, false));
            skipBytes = length - maxFrameBytes;
            return true;
        }
        if (end - bodyStart < length) {
            return false;
        }
        out.add(Frame.of(in, bodyStart, (int) length, false, true));
        in.readerIndex(bodyStart + (int) length);
        return true;
    }

    /** @return true when a line (or a skipped part) was consumed and more may follow */
    private boolean decodeLine(ByteBuf in, List<Object> out) {
        int start = in.readerIndex();
        int lf = in.indexOf(start, in.writerIndex(), (byte) '\n');
        if (skipToNewline) {
            if (lf < 0) {
                in.skipBytes(in.readableBytes());
                return false;
            }
            in.readerIndex(lf + 1);
            skipToNewline = false;
            return true;
        }
        if (lf < 0) {
            if (in.readableBytes() > maxFrameBytes) {
                out.add(Frame.of(readTruncated(in, maxFrameBytes), true, false));
                skipToNewline = true;
                return true;
            }
            return false;
        }
        int length = lf - start;
        if (length > 0 && in.getByte(lf - 1) == '\r') {
            length--;
        }
        if (length > maxFrameBytes) {
            out.add(Frame.of(readTruncated(in, maxFrameBytes), true, false));
        } else if (length > 0) {
            out.add(Frame.of(in, start, length, false, false));
        }
        in.readerIndex(lf + 1);
        return true;
    }

    /** A line cut off by the end of the connection is still a message. */
    @Override
    protected void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) throws Exception {
        decode(ctx, in, out);
        if (mode != Mode.OCTET_COUNTING && !skipToNewline && in.isReadable()) {
            out.add(Frame.of(in, in.readerIndex(), in.readableBytes(), false, true));
            in.skipBytes(in.readableBytes());
        }
    }

    /** Reads max bytes, less the bytes of a character the cut would split (so truncation alone never makes invalid UTF-8). */
    static byte[] readTruncated(ByteBuf in, int max) {
        int start = in.readerIndex();
        int cut = max;
        int back = 0;
        // Continuation bytes are 10xxxxxx; a cut before one of them splits a character.
        while (back < 3 && cut > 0 && (in.getByte(start + cut) & 0xC0) == 0x80) {
            cut--;
            back++;
        }
        if (back == 3 && (in.getByte(start + cut) & 0xC0) == 0x80) {
            cut = max; // not UTF-8 anyway: keep every byte
        }
        byte[] bytes = new byte[cut];
        in.readBytes(bytes);
        in.skipBytes(max - cut);
        return bytes;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }
}
