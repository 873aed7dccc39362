package io.usiem.kernel.internal;

import io.usiem.api.event.Event;
import io.usiem.api.event.EventJsonWriter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Appends events a sink rejected as invalid to a file, one JSON line each:
 * {@code {"sink":"...","reason":"...","event":{...}}}. Opened per write: rejections are rare, and a write
 * that failed never leaves the file unusable.
 */
final class DeadLetterFile {
    private final Path file;

    DeadLetterFile(Path file) {
        this.file = file;
    }

    synchronized void append(String sink, String reason, String alertRule, List<Event> events) throws IOException {
        StringBuilder sb = new StringBuilder(events.size() * 512 + 128);
        if (events.isEmpty()) {
            line(sb, sink, reason, alertRule).append("}\n");
        }
        for (Event e : events) {
            line(sb, sink, reason, alertRule).append(",\"event\":");
            EventJsonWriter.write(e, sb);
            sb.append("}\n");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            w.append(sb);
        }
    }

    private static StringBuilder line(StringBuilder sb, String sink, String reason, String alertRule) {
        sb.append("{\"sink\":");
        quote(sb, sink);
        sb.append(",\"reason\":");
        quote(sb, reason == null ? "" : reason);
        if (alertRule != null) {
            sb.append(",\"alert\":");
            quote(sb, alertRule);
        }
        return sb;
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }
}
