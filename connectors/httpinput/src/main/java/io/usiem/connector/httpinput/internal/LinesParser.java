package io.usiem.connector.httpinput.internal;

import io.usiem.api.event.IpAddress;
import io.usiem.api.parser.RawLog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code POST /ingest} body: raw text lines (each non-empty line one raw log, as received), or NDJSON (each
 * non-empty line one JSON object, its {@code message} the body for the parsers). One line that is not a JSON object
 * refuses the whole NDJSON request, so nothing of it is half taken. Thread-safe.
 */
final class LinesParser {
    /** The lines, or the reason the body is refused. */
    record Lines(List<RawLog> logs, @Nullable String error) {
    }

    private final DocumentReader documents;
    private final RawLogFactory logs;

    LinesParser(DocumentReader documents, RawLogFactory logs) {
        this.documents = documents;
        this.logs = logs;
    }

    Lines parse(byte[] body, boolean ndjson, @Nullable String sourceType, @Nullable IpAddress peer) {
        long received = RawLogFactory.nowNanos();
        List<RawLog> out = new ArrayList<>();
        int line = 0;
        int pos = 0;
        while (pos < body.length) {
            int end = pos;
            while (end < body.length && body[end] != '\n') {
                end++;
            }
            line++;
            int from = pos;
            int to = end > from && body[end - 1] == '\r' ? end - 1 : end;
            pos = end + 1;
            if (to == from) {
                continue;
            }
            if (!ndjson) {
                out.add(logs.line(body, from, to - from, sourceType, peer, received));
                continue;
            }
            if (isBlank(body, from, to)) {
                continue;
            }
            DocumentReader.Doc doc = documents.read(body, from, to - from);
            if (!doc.valid()) {
                return new Lines(List.of(), "line " + line + " is not a JSON object: " + doc.error());
            }
            out.add(logs.document(new String(body, from, to - from, StandardCharsets.UTF_8), doc, null, null, sourceType, peer,
                    received));
        }
        return new Lines(out, null);
    }

    private static boolean isBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t') {
                return false;
            }
        }
        return true;
    }
}
