package io.usiem.parser.suricata.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** One parser shared by several threads (as the kernel shares it) gives each line the same event as one thread does. */
class SuricataConcurrencyTest {
    @Test
    void sharedParserGivesTheSameEvents() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/golden/eve.log"), StandardCharsets.UTF_8);
        List<String> expected = new ArrayList<>();
        SuricataEveParser reference = new SuricataEveParser();
        for (String l : lines) {
            expected.add(reference.parse(RawLog.builder(l).receivedNanos(1L).build()).toString() + render(reference, l));
        }
        SuricataEveParser shared = new SuricataEveParser(); // its path cache fills while the threads race
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                done.add(pool.submit(() -> {
                    for (int round = 0; round < 50; round++) {
                        for (int i = 0; i < lines.size(); i++) {
                            int k = (i + offset * 7) % lines.size();
                            String l = lines.get(k);
                            assertEquals(expected.get(k), shared.parse(RawLog.builder(l).receivedNanos(1L).build()).toString() + render(shared, l), l);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String render(SuricataEveParser parser, String line) {
        ParseResult r = parser.parse(RawLog.builder(line).receivedNanos(1L).build());
        return r.isParsed() ? r.events().get(0).toString() : String.valueOf(r.reason());
    }
}
