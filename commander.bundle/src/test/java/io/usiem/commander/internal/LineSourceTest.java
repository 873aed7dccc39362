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
        Files.write(file, new byte[] {'a', '\n', '\n', 'b', (byte) 0xC3, '\n', 'c'});
        List<String> seen = new ArrayList<>();
        long n = LineSource.forEach(file.toString(), List.of("x", "y"), seen::add);
        assertEquals(4, n);
        assertEquals(List.of("a", "b\uFFFD", "c", "x y"), seen);
    }

    @Test
    void clearErrors(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class, () -> LineSource.forEach(null, List.of(), l -> { }));
        assertThrows(NoSuchFileException.class, () -> LineSource.forEach(dir.resolve("none").toString(), null, l -> { }));
    }
}
