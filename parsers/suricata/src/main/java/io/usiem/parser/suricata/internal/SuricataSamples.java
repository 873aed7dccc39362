package io.usiem.parser.suricata.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The metadata's sample lines, kept in samples.log beside this class (JSON is unreadable as Java literals). */
final class SuricataSamples {
    static final String[] LINES = load();

    private SuricataSamples() {
    }

    private static String[] load() {
        try (InputStream in = SuricataSamples.class.getResourceAsStream("samples.log")) {
            if (in == null) {
                throw new IllegalStateException("samples.log missing from the bundle");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank()).toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
