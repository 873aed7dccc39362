package io.usiem.connector.httpinput.internal;

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
 * Makes the {@link RawLog}s of a listener: the text as received (a document's JSON, or a raw line), the message
 * body for the parsers (a document's {@code message} when it has one), the listener's name and tenant, the source
 * type from the {@link SourceTypeMap}, and the sender's address as origin (the transport peer, never log content: a
 * document's {@code host.name} stays in the document for the parsers). Thread-safe.
 */
final class RawLogFactory {
    private final String input;
    private final @Nullable String tenant;
    private final SourceTypeMap sourceTypes;

    RawLogFactory(String input, @Nullable String tenant, SourceTypeMap sourceTypes) {
        this.input = input;
        this.tenant = tenant;
        this.sourceTypes = sourceTypes;
    }

    /** A bulk or NDJSON document: the original is its JSON text. */
    RawLog document(String json, DocumentReader.Doc doc, @Nullable String index, @Nullable String pipeline,
            @Nullable String sourceType, @Nullable IpAddress peer, long receivedNanos) {
        RawLog.Builder b = start(json, receivedNanos, sourceType != null ? sourceType : sourceTypes.sourceType(index, pipeline));
        if (doc.message() != null) {
            b.message(doc.message());
        }
        return b.origin(null, peer).build();
    }

    /** A raw text line, as received (invalid UTF-8 replaced and tagged, never dropped). */
    RawLog line(byte[] data, int offset, int length, @Nullable String sourceType, @Nullable IpAddress peer,
            long receivedNanos) {
        String text = new String(data, offset, length, StandardCharsets.UTF_8);
        RawLog.Builder b = start(text, receivedNanos, sourceType != null ? sourceType : sourceTypes.sourceType(null, null));
        if (text.indexOf('\uFFFD') >= 0 && !isValidUtf8(data, offset, length)) {
            b.tag(Tags.INVALID_UTF8);
        }
        return b.origin(null, peer).build();
    }

    private RawLog.Builder start(String original, long receivedNanos, @Nullable String sourceType) {
        RawLog.Builder b = RawLog.builder(original).receivedNanos(receivedNanos).input(input);
        if (sourceType != null) {
            b.sourceType(sourceType);
        }
        if (tenant != null) {
            b.tenant(tenant);
        }
        return b;
    }

    static @Nullable IpAddress peer(@Nullable InetSocketAddress address) {
        return address == null || address.getAddress() == null ? null
                : IpAddress.tryParse(address.getAddress().getHostAddress());
    }

    private static boolean isValidUtf8(byte[] bytes, int offset, int length) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, offset, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static long nowNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
