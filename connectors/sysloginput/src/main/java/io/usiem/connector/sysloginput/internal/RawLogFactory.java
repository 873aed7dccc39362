package io.usiem.connector.sysloginput.internal;

import io.usiem.api.event.IpAddress;
import io.usiem.api.event.Tags;
import io.usiem.api.parser.RawLog;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Turns a received {@link Frame} into a {@link RawLog}: its text (invalid UTF-8 replaced and the line tagged, never
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

    /**
     * @param peer the sender's address, from {@link #peer} (once per connection or sender, not per line)
     * @param receivedNanos when the line arrived; the lines of one read share it
     */
    RawLog create(Frame frame, @Nullable IpAddress peer, long receivedNanos) {
        String text = frame.text();
        RawLog.Builder b = RawLog.builder(text).receivedNanos(receivedNanos).input(input);
        if (sourceType != null) {
            b.sourceType(sourceType);
        }
        if (tenant != null) {
            b.tenant(tenant);
        }
        if (frame.truncated()) {
            b.tag(Tags.TRUNCATED);
        }
        if (frame.invalidUtf8()) {
            b.tag(Tags.INVALID_UTF8);
        }
        SyslogHeader h = headers.read(text, receivedNanos);
        // The origin is the transport peer; what the header claims stays in log.syslog.hostname (api README, "Origin").
        b.origin(null, peer);
        if (h != null) {
            h.applyTo(b.header());
            b.message(text.substring(h.bodyStart()));
        }
        return b.build();
    }

    static @Nullable IpAddress peer(@Nullable InetSocketAddress address) {
        InetAddress ip = address == null ? null : address.getAddress();
        return ip == null ? null : IpAddress.tryParse(ip.getHostAddress());
    }

    static long nowNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
