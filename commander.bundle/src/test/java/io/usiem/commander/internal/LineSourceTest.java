package io.usiem.commander.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineSourceTest {
    @Test
    void streamsFileLinesSkippingEmptyOnesAndKeepsInvalidUtf8(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lines.log");
        Files.write(file, new byte[] {'a', '\r', '\n', '\n', 'b', (byte) 0xC3, '\n', (byte) 0xC3, (byte) 0xA9, '\n', 'c'});
        List<String> seen = new ArrayList<>();
        long n = LineSource.forEach(file.toString(), List.of("x", "y"), (line, invalid) -> seen.add(line + (invalid ? " [invalid]" : "")));
        assertEquals(5, n);
        assertEquals(List.of("a", "b\uFFFD [invalid]", "\u00e9", "c", "x y"), seen);
    }

    @Test
    void clearErrors(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class, () -> LineSource.forEach(null, List.of(), (l, invalid) -> { }));
        assertThrows(NoSuchFileException.class, () -> LineSource.forEach(dir.resolve("none").toString(), null, (l, invalid) -> { }));
    }
}
