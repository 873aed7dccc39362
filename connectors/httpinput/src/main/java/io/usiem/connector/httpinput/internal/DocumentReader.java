package io.usiem.connector.httpinput.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

import java.io.IOException;

import org.jspecify.annotations.Nullable;

/**
 * Reads one JSON document (a bulk source line or an NDJSON line) with Jackson's streaming parser: checks that it is
 * one JSON object and picks the one field the input uses (the top-level {@code message}), skipping the rest without
 * building a tree. A Windows event from Winlogbeat or Elastic Agent (a {@code winlog} object, or dotted
 * {@code winlog.*} keys) carries its record in the document and only the rendered text in {@code message}, so for it
 * the parsers read the whole document, as for a document without a message. Thread-safe.
 */
final class DocumentReader {
    /** What a document carries for the input; {@code error} is set when it is not one JSON object. */
    record Doc(@Nullable String message, @Nullable String error) {
        boolean valid() {
            return error == null;
        }
    }

    private final JsonFactory json;

    DocumentReader(int maxDocumentBytes) {
        this.json = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Math.max(maxDocumentBytes, 1 << 20))
                        .maxNestingDepth(200).build())
                .build();
    }

    JsonFactory factory() {
        return json;
    }

    Doc read(byte[] data, int offset, int length) {
        String message = null;
        boolean record = false;
        try (JsonParser p = json.createParser(data, offset, length)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                return new Doc(null, "the document must be a JSON object, not " + describe(t));
            }
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                t = p.nextToken();
                if ("message".equals(name) && t == JsonToken.VALUE_STRING) {
                    message = p.getText();
                } else {
                    record |= name.startsWith("winlog") && (name.length() == 6 ? t == JsonToken.START_OBJECT : name.charAt(6) == '.');
                    p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                return new Doc(null, "more than one JSON value on the line");
            }
            return new Doc(record ? null : message, null);
        } catch (IOException e) {
            return new Doc(null, firstLine(e.getMessage()));
        }
    }

    static String describe(@Nullable JsonToken t) {
        return t == null ? "nothing" : t.name();
    }

    static String firstLine(@Nullable String s) {
        if (s == null) {
            return "invalid JSON";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
