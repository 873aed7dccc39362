package io.usiem.connector.sysloginput.internal;

import io.usiem.api.event.IpAddress;
import io.usiem.api.event.Tags;
import io.usiem.api.parser.RawLog;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Turns a received {@link Frame} into a {@link RawLog}: UTF-8 text (invalid bytes replaced and the line tagged, never
 * dropped), the listener's name, source type and tenant, the peer as origin, and the syslog header's fields.
 * Thread-safe: one per listener, used by every event loop.
 */
final class RawLogFactory {
    private final String input;
    private final @Nullable String sourceType;
    private final @Nullable String tenant;
    private final SyslogHeaderReader headers;

    RawLogFactory(String input, @Nullable String sourceType, @Nullable String tenant, SyslogHeaderReader headers) {
        this.input = input;
        this.sourceType = sourceType;
        this.tenant = tenant;
        this.headers = headers;
    }

    RawLog create(Frame frame, @Nullable InetSocketAddress peer) {
        byte[] bytes = frame.bytes();
        String text = new String(bytes, StandardCharsets.UTF_8);
        // new String replaces invalid bytes with U+FFFD silently; a U+FFFD the sender really sent is valid UTF-8.
        boolean invalid = text.indexOf('\uFFFD') >= 0 && !isValidUtf8(bytes);
        long received = nowNanos();
        RawLog.Builder b = RawLog.builder(text).receivedNanos(received).input(input);
        if (sourceType != null) {
            b.sourceType(sourceType);
        }
        if (tenant != null) {
            b.tenant(tenant);
        }
        if (frame.truncated()) {
            b.tag(Tags.TRUNCATED);
        }
        if (invalid) {
            b.tag(Tags.INVALID_UTF8);
        }
        IpAddress ip = peer == null || peer.getAddress() == null ? null : IpAddress.tryParse(peer.getAddress().getHostAddress());
        SyslogHeader h = headers.read(text, received);
        // The origin is the transport peer; what the header claims stays in log.syslog.hostname (api README, "Origin").
        b.origin(null, ip);
        if (h != null) {
            h.applyTo(b.header());
            b.message(text.substring(h.bodyStart()));
        }
        return b.build();
    }

    private static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static long nowNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
