package io.usiem.commander.internal;

import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.io.BufferedReader;
import java.io.InputStreamReader;

/** The lines a command works on: from its arguments or from a file (invalid UTF-8 replaced, not refused). */
final class LineSource {
    private LineSource() {
    }

    static List<String> read(String file, List<String> args) throws IOException {
        List<String> lines = new ArrayList<>();
        if (file != null) {
            Path path = Path.of(file);
            if (!path.isAbsolute()) {
                // The process's working directory depends on how Karaf was started; the home does not.
                path = Path.of(System.getProperty("karaf.base", ".")).resolve(path);
            }
            if (!Files.isRegularFile(path)) {
                throw new NoSuchFileException(path.toAbsolutePath() + " (no such file; relative paths start at the uSIEM home)");
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(path),
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                            .onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isEmpty()) {
                        lines.add(line);
                    }
                }
            }
        }
        if (args != null && !args.isEmpty()) {
            // The shell splits an unquoted line on spaces; rejoin it.
            lines.add(String.join(" ", args));
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("Give a line or --file <path>");
        }
        return lines;
    }
}
