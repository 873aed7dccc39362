package io.usiem.commander.internal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The lines a command works on: from a file, streamed so a large log does not fill memory (invalid
 * UTF-8 is replaced, not refused), then the command's arguments as one line.
 */
final class LineSource {
    /** Receives each line. */
    @FunctionalInterface
    interface LineConsumer {
        void accept(String line) throws Exception;
    }

    private LineSource() {
    }

    /** @return the number of lines handed to the consumer */
    static long forEach(String file, List<String> args, LineConsumer consumer) throws Exception {
        long n = 0;
        if (file != null) {
            Path path = Path.of(file);
            if (!path.isAbsolute()) {
                // The process's working directory depends on how Karaf was started; the home does not.
                path = Path.of(System.getProperty("karaf.base", ".")).resolve(path);
            }
            if (!Files.isRegularFile(path)) {
                throw new NoSuchFileException(path + " (no such file; relative paths start at the uSIEM home)");
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(path),
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                            .onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isEmpty()) {
                        consumer.accept(line);
                        n++;
                    }
                }
            }
        }
        if (args != null && !args.isEmpty()) {
            // The shell splits an unquoted line on spaces; rejoin it.
            consumer.accept(String.join(" ", args));
            n++;
        }
        if (file == null && n == 0) {
            throw new IllegalArgumentException("Give a line or --file <path>");
        }
        return n;
    }
}
