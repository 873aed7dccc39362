package io.usiem.connector.sysloginput.internal;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.CorruptedFrameException;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Splits a RELP stream (librelp's protocol, as rsyslog's omrelp speaks it) into {@link RelpFrame}s:
 * {@code TXNR SP COMMAND SP DATALEN [SP DATA] LF}. A {@code syslog} frame's data longer than max.frame.bytes is cut
 * there, tagged truncated, and the rest skipped without buffering it, as octet-counted syslog is. A header that is
 * not RELP closes the connection ({@code framing_error}).
 */
final class RelpFrameDecoder extends ByteToMessageDecoder {
    private static final int MAX_DIGITS = 9;
    private static final int MAX_COMMAND = 32;
    /** Data of other commands than syslog (open offers): small, never truncated. */
    private static final int MAX_CONTROL_DATA = 64 * 1024;

    private final int maxFrameBytes;
    /** Bytes still to skip of a truncated frame's data, then its LF. */
    private long skipBytes;
    private boolean skipTrailer;

    RelpFrameDecoder(int maxFrameBytes) {
        this.maxFrameBytes = maxFrameBytes;
    }

    /** Set once the stream was not RELP: the connection is closing; what else arrives is dropped, not reported again. */
    private boolean broken;

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (broken) {
            in.skipBytes(in.readableBytes());
            return;
        }
        try {
            while (in.isReadable() && decodeOne(in, out)) {
                // one frame per turn
            }
        } catch (CorruptedFrameException e) {
            broken = true;
            in.skipBytes(in.readableBytes());
            throw e;
        }
    }

    private boolean decodeOne(ByteBuf in, List<Object> out) {
        if (skipBytes > 0) {
            int n = (int) Math.min(skipBytes, in.readableBytes());
            in.skipBytes(n);
            skipBytes -= n;
            return skipBytes == 0;
        }
        if (skipTrailer) {
            skipTrailer = false;
            if (in.getByte(in.readerIndex()) == '\n') {
                in.skipBytes(1);
            }
            return true;
        }
        int start = in.readerIndex();
        int end = in.writerIndex();
        int i = start;
        long txnr = 0;
        while (i < end && isDigit(in.getByte(i))) {
            txnr = txnr * 10 + (in.getByte(i) - '0');
            if (++i - start > MAX_DIGITS) {
                throw new CorruptedFrameException("RELP transaction number longer than " + MAX_DIGITS + " digits");
            }
        }
        if (i == end) {
            return false;
        }
        if (i == start || in.getByte(i) != ' ') {
            throw new CorruptedFrameException("RELP frame does not start with a transaction number and a space");
        }
        int commandStart = ++i;
        while (i < end && in.getByte(i) != ' ' && in.getByte(i) != '\n') {
            if (i - commandStart >= MAX_COMMAND) {
                throw new CorruptedFrameException("RELP command longer than " + MAX_COMMAND + " characters");
            }
            i++;
        }
        if (i == end) {
            return false;
        }
        if (i == commandStart || in.getByte(i) != ' ') {
            throw new CorruptedFrameException("RELP frame without a command and a data length");
        }
        String command = in.toString(commandStart, i - commandStart, StandardCharsets.US_ASCII);
        int lengthStart = ++i;
        long length = 0;
        while (i < end && isDigit(in.getByte(i))) {
            length = length * 10 + (in.getByte(i) - '0');
            if (++i - lengthStart > MAX_DIGITS) {
                throw new CorruptedFrameException("RELP data length longer than " + MAX_DIGITS + " digits");
            }
        }
        if (i == end) {
            return false;
        }
        if (i == lengthStart) {
            throw new CorruptedFrameException("RELP frame without a data length");
        }
        boolean syslog = "syslog".equals(command);
        if (length == 0) {
            // "TXNR close 0" then LF (librelp writes the trailer right after the length)
            if (in.getByte(i) != '\n') {
                throw new CorruptedFrameException("RELP frame of length 0 not ended by LF");
            }
            in.readerIndex(i + 1);
            out.add(new RelpFrame(txnr, command, syslog ? Frame.of(new byte[0], false, false) : null, syslog ? null : ""));
            return true;
        }
        if (in.getByte(i) != ' ') {
            throw new CorruptedFrameException("RELP data length not followed by a space");
        }
        int dataStart = i + 1;
        if (!syslog && length > MAX_CONTROL_DATA) {
            throw new CorruptedFrameException("RELP " + command + " data of " + length + " bytes");
        }
        if (syslog && length > maxFrameBytes) {
            if (end - dataStart <= maxFrameBytes) {
                return false;
            }
            in.readerIndex(dataStart);
            out.add(new RelpFrame(txnr, command, Frame.of(SyslogFrameDecoder.readTruncated(in, maxFrameBytes), true, true), null));
            skipBytes = length - maxFrameBytes;
            skipTrailer = true;
            return true;
        }
        if (end - dataStart < length + 1) {
            return false; // the data and its LF are not all here yet
        }
        if (in.getByte(dataStart + (int) length) != '\n') {
            throw new CorruptedFrameException("RELP frame data not ended by LF");
        }
        RelpFrame frame = syslog ? new RelpFrame(txnr, command, Frame.of(in, dataStart, (int) length, false, true), null)
                : new RelpFrame(txnr, command, null, in.toString(dataStart, (int) length, StandardCharsets.UTF_8));
        out.add(frame);
        in.readerIndex(dataStart + (int) length + 1);
        return true;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }
}
