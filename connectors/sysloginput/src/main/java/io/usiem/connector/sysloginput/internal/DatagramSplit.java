package io.usiem.connector.sysloginput.internal;

import io.netty.buffer.ByteBuf;

import java.util.Locale;

/**
 * Where a UDP datagram holds several messages. RFC 5426 sends one message per datagram, but some senders pack
 * several, one per line; and a message's own text may span lines (RFC 5424 allows any octet in MSG; stack traces,
 * multi-line banners). {@link #AUTO} therefore splits only at a line end followed by what starts every syslog message,
 * a priority {@code <0>}..{@code <191>}: a packed datagram of syslog messages is split, a multi-line message is not
 * (unless a line of its text itself starts with a priority, which no sender writes). {@link #LINES} splits at every
 * line end, for senders of headerless lines; {@link #OFF} keeps the datagram whole.
 */
enum DatagramSplit {
    AUTO, LINES, OFF;

    static DatagramSplit of(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("udp.split must be auto, lines or off, not '" + value + "'", e);
        }
    }

    /**
     * @return the end (exclusive, before its LF) of the message starting at {@code start}: the next split point, or
     *     {@code end}
     */
    int messageEnd(ByteBuf in, int start, int end) {
        if (this == OFF) {
            return end;
        }
        int from = start;
        while (true) {
            int lf = in.indexOf(from, end, (byte) '\n');
            if (lf < 0) {
                return end;
            }
            if (this == LINES || startsWithPriority(in, lf + 1, end)) {
                return lf;
            }
            from = lf + 1;
        }
    }

    private static boolean startsWithPriority(ByteBuf in, int i, int end) {
        if (i >= end || in.getByte(i) != '<') {
            return false;
        }
        int pri = 0;
        int digits = 0;
        for (int k = i + 1; k < end && digits <= 3; k++) {
            byte b = in.getByte(k);
            if (b == '>') {
                return digits > 0 && pri <= 191;
            }
            if (b < '0' || b > '9') {
                return false;
            }
            pri = pri * 10 + (b - '0');
            digits++;
        }
        return false;
    }
}
