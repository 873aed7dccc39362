package io.usiem.connector.sysloginput.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Framing fed byte by byte and in odd pieces, as a slow or fragmenting network delivers it. */
class SyslogFrameDecoderTest {

    @Test
    void newlineFramesSplitAcrossReads() {
        List<String> out = feedInPieces(100, "<13>a one\r\n<13>b two\n\n<13>c thr", "ee\n<13>last without LF");
        assertEquals(List.of("<13>a one|false", "<13>b two|false", "<13>c three|false", "<13>last without LF|false"), out);
    }

    @Test
    void theBomOfAnRfc5424MsgIsDroppedAndAnyOtherKept() {
        String loggen = "<38>1 2026-11-30T02:09:20+00:00 localhost prg00000 1234 - - \uFEFFseq: 0000000000\n";
        String sd = "<38>1 2026-11-30T02:09:20Z h app - - [x@1 a=\"b\"] \uFEFFcaf\u00e9 \uFEFF";
        String elsewhere = "<13>Nov 30 02:09:20 h app: x \uFEFFy";
        String stream = bytes(loggen) + " " + loggen + bytes(sd) + " " + sd + bytes(elsewhere) + " " + elsewhere;
        assertEquals(List.of("<38>1 2026-11-30T02:09:20+00:00 localhost prg00000 1234 - - seq: 0000000000|false",
                "<38>1 2026-11-30T02:09:20Z h app - - [x@1 a=\"b\"] caf\u00e9 \uFEFF|false", elsewhere + "|false"),
                feedInChunks(1000, stream, 1000));
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void octetCountingFramesSplitAcrossReads() {
        String a = "<13>one";
        String b = "<13>two\n"; // rsyslog's trailing LF inside the count is not part of the message
        String stream = a.length() + " " + a + b.length() + " " + b;
        for (int piece = 1; piece <= stream.length(); piece++) {
            assertEquals(List.of("<13>one|false", "<13>two|false"), feedInChunks(100, stream, piece), "chunks of " + piece);
        }
    }

    @Test
    void oversizeNewlineFrameIsTruncatedAndTheRestSkipped() {
        String big = "x".repeat(250);
        assertEquals(List.of("x".repeat(100) + "|true", "next|false"), feedInChunks(100, big + "\nnext\n", 7));
    }

    @Test
    void oversizeCountedFrameIsTruncatedAndTheRestSkipped() {
        String big = "y".repeat(250);
        assertEquals(List.of("y".repeat(100) + "|true", "next|false"), feedInChunks(100, "250 " + big + "4 next", 9));
    }

    @Test
    void truncationDoesNotSplitACharacter() {
        String big = "a".repeat(99) + "é" + "b".repeat(50); // é is 2 bytes at offsets 99-100
        assertEquals(List.of("a".repeat(99) + "|true"), feedInChunks(100, big + "\n", 1000));
    }

    @Test
    void countedFrameWithoutLengthClosesTheConnection() {
        EmbeddedChannel ch = new EmbeddedChannel(new SyslogFrameDecoder(100));
        ch.writeInbound(Unpooled.copiedBuffer("3 abc", StandardCharsets.UTF_8));
        assertThrows(DecoderException.class, () -> ch.writeInbound(Unpooled.copiedBuffer("x abc", StandardCharsets.UTF_8)));
    }

    private static List<String> feedInPieces(int max, String... pieces) {
        EmbeddedChannel ch = new EmbeddedChannel(new SyslogFrameDecoder(max));
        for (String p : pieces) {
            ch.writeInbound(Unpooled.copiedBuffer(p, StandardCharsets.UTF_8));
        }
        ch.finish();
        return drain(ch);
    }

    private static List<String> feedInChunks(int max, String stream, int chunk) {
        EmbeddedChannel ch = new EmbeddedChannel(new SyslogFrameDecoder(max));
        byte[] bytes = stream.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i += chunk) {
            ch.writeInbound(Unpooled.copiedBuffer(bytes, i, Math.min(chunk, bytes.length - i)));
        }
        ch.finish();
        return drain(ch);
    }

    private static List<String> drain(EmbeddedChannel ch) {
        List<String> out = new ArrayList<>();
        for (Frame f; (f = ch.readInbound()) != null; ) {
            out.add(f.text() + "|" + f.truncated());
        }
        return out;
    }
}
