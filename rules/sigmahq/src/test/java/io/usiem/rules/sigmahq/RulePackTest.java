package io.usiem.rules.sigmahq;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The pack holds the SigmaHQ rules of the corpus, per product, and the rules' licence. */
class RulePackTest {
    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void rulesAndLicenceArePacked() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("../../../shared/corpus/sigma/rules")), "SigmaHQ corpus absent");
        for (String product : new String[] {"windows", "linux", "network", "web", "cloud"}) {
            assertTrue(count(CLASSES.resolve("rules/core/" + product)) > 10, "no " + product + " rules packed");
        }
        long total = count(CLASSES.resolve("rules"));
        assertTrue(total >= 3500, "only " + total + " rules packed");
        assertTrue(Files.readString(CLASSES.resolve("META-INF/LICENSE")).contains("Detection Rule License"), "DRL 1.1 licence missing");
    }

    private static long count(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".yml")).count();
        }
    }
}
