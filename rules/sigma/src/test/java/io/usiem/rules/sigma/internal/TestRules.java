package io.usiem.rules.sigma.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads rule trees and compiles one-off rules for tests. */
final class TestRules {
    private TestRules() {
    }

    static List<RuleText> readTree(Path base, String... dirs) throws IOException {
        List<RuleText> out = new ArrayList<>();
        for (String d : dirs) {
            Path dir = base.resolve(d);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) s.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted()::iterator) {
                    out.add(new RuleText("corpus", base.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8)));
                }
            }
        }
        return out;
    }
}
