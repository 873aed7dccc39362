package io.usiem.commander.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The lines a command works on: from a file, streamed so a large log does not fill memory, then the
 * command's arguments as one line. A file line that is not valid UTF-8 is kept with U+FFFD in place of
 * the bad bytes and flagged, so the command can tag it rather than drop it.
 */
final class LineSource {
    /** Receives each line. */
    @FunctionalInterface
    interface LineConsumer {
        void accept(String line, boolean invalidUtf8) throws Exception;
    }

    private LineSource() {
    }

    /** @return the number of lines handed to the consumer */
    static long forEach(String file, List<String> args, LineConsumer consumer) throws Exception {
        long n = 0;
        if (file != null) {
            n += readFile(resolve(file), consumer);
        }
        if (args != null && !args.isEmpty()) {
            // The shell splits an unquoted line on spaces; rejoin it.
            consumer.accept(String.join(" ", args), false);
            n++;
        }
        if (file == null && n == 0) {
            throw new IllegalArgumentException("Give a line or --file <path>");
        }
        return n;
    }

    private static Path resolve(String file) throws NoSuchFileException {
        Path path = Path.of(file);
        if (!path.isAbsolute()) {
            // The process's working directory depends on how Karaf was started; the home does not.
            path = Path.of(System.getProperty("karaf.base", ".")).resolve(path);
        }
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(path + " (no such file; relative paths start at the uSIEM home)");
        }
        return path;
    }

    private static long readFile(Path path, LineConsumer consumer) throws Exception {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long n = 0;
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            int b;
            while (true) {
                b = in.read();
                if (b == '\n' || b < 0) {
                    n += emit(line, strict, consumer);
                    line.reset();
                    if (b < 0) {
                        return n;
                    }
                } else {
                    line.write(b);
                }
            }
        }
    }

    private static int emit(ByteArrayOutputStream line, CharsetDecoder strict, LineConsumer consumer) throws Exception {
        byte[] bytes = line.toByteArray();
        int len = bytes.length;
        if (len > 0 && bytes[len - 1] == '\r') {
            len--;
        }
        if (len == 0) {
            return 0;
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes, 0, len);
        try {
            consumer.accept(strict.decode(buf).toString(), false);
        } catch (CharacterCodingException e) {
            consumer.accept(new String(bytes, 0, len, StandardCharsets.UTF_8), true);
        }
        return 1;
    }
}
