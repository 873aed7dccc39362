package io.usiem.connector.sysloginput.internal;

import io.netty.buffer.ByteBuf;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * One syslog message as framed on the wire, decoded once from the read buffer (no intermediate copy per line).
 *
 * @param text the message as UTF-8 text, without the frame's length prefix or line end, and without the BOM that
 *     RFC 5424 puts before a UTF-8 MSG (as syslog-ng drops it); invalid bytes are U+FFFD
 * @param size the message's bytes on the wire (counted, and what the read-ahead window measures)
 * @param truncated whether the message was longer than max.frame.bytes and cut there
 * @param invalidUtf8 whether some bytes were not UTF-8 (then replaced)
 */
record Frame(String text, int size, boolean truncated, boolean invalidUtf8) {

    /**
     * @param strip drop trailing LF, CR and NUL (octet-counted and UDP senders often end a message with them)
     * @return the frame of {@code length} bytes at {@code index} of {@code in}; the buffer's indexes are not moved
     */
    static Frame of(ByteBuf in, int index, int length, boolean truncated, boolean strip) {
        int n = length;
        while (strip && n > 0 && isLineEnd(in.getByte(index + n - 1))) {
            n--;
        }
        String text;
        int bom = bomAfterStructuredData(in, index, n);
        if (bom < 0) {
            text = in.toString(index, n, StandardCharsets.UTF_8);
        } else {
            // Without the BOM an ASCII line stays a compact (Latin-1) string: half the memory, a faster decode and
            // a faster journal encode. The BOM only says "UTF-8", which every line here is.
            text = in.toString(index, bom - index, StandardCharsets.UTF_8)
                    + in.toString(bom + 3, index + n - bom - 3, StandardCharsets.UTF_8);
        }
        // Decoding replaces invalid bytes with U+FFFD silently; a U+FFFD the sender really sent is valid UTF-8.
        boolean invalid = text.indexOf('\uFFFD') >= 0 && !isValidUtf8(in.nioBuffer(index, n));
        return new Frame(text, length, truncated, invalid);
    }

    static Frame of(byte[] bytes, boolean truncated, boolean strip) {
        int n = bytes.length;
        while (strip && n > 0 && isLineEnd(bytes[n - 1])) {
            n--;
        }
        String text = new String(bytes, 0, n, StandardCharsets.UTF_8);
        boolean invalid = text.indexOf('\uFFFD') >= 0 && !isValidUtf8(ByteBuffer.wrap(bytes, 0, n));
        return new Frame(text, bytes.length, truncated, invalid);
    }

    /**
     * @return where the BOM of an RFC 5424 message starts (its MSG follows {@code - } or {@code ] }, the end of the
     *     structured data), or -1; only the first byte 0xEF of the frame is looked at
     */
    private static int bomAfterStructuredData(ByteBuf in, int index, int n) {
        int end = index + n;
        int at = in.indexOf(index, end, (byte) 0xEF);
        if (at < index + 2 || at + 3 > end || in.getByte(at + 1) != (byte) 0xBB || in.getByte(at + 2) != (byte) 0xBF
                || in.getByte(at - 1) != ' ' || (in.getByte(at - 2) != '-' && in.getByte(at - 2) != ']')
                || in.getByte(index) != '<') {
            return -1;
        }
        return at;
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    private static boolean isLineEnd(byte b) {
        return b == '\n' || b == '\r' || b == 0;
    }

    private static boolean isValidUtf8(ByteBuffer bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
