package io.usiem.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 while lines flow: after the restart every line acknowledged before the kill reaches the sink, with
 * its sequence unchanged. The test sink keeps no state, so what it got twice (at-least-once) is reported; the
 * NDJSON archive removes those by sequence (its own test).
 */
class PipelineCrashTest {
    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedLineReachesTheSinkAfterKillDashNine() throws Exception {
        long acked = runAndKill(0, 30);
        acked = Math.max(acked, runAndKill(acked + 1, 30));
        Process recover = start("recover");
        String done = firstLineStartingWith(recover, "DONE ");
        assertTrue(recover.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, recover.exitValue());

        Map<String, Integer> deliveries = new HashMap<>();
        Map<String, String> lineOf = new HashMap<>();
        List<String> lines = Files.readAllLines(dir.resolve("sink.txt"), StandardCharsets.UTF_8);
        for (String l : lines) {
            String[] parts = l.split(" ");
            deliveries.merge(parts[1], 1, Integer::sum);
            String before = lineOf.putIfAbsent(parts[1], parts[0]);
            // A crash must never give a journal position (so a sequence) to another line: dedupe relies on it.
            assertTrue(before == null || before.equals(parts[0]), "sequence " + parts[1] + " names one line: " + l);
        }
        java.util.Set<String> delivered = new java.util.HashSet<>(lineOf.values());
        for (long i = 0; i <= acked; i++) {
            assertTrue(delivered.contains("line-" + i), "acknowledged line-" + i + " reached the sink");
        }
        long duplicates = deliveries.values().stream().filter(c -> c > 1).count();
        System.out.println("PipelineCrashTest: " + (acked + 1) + " lines acknowledged before the kills; journal end "
                + done + "; " + deliveries.size() + " events delivered, " + duplicates
                + " of them twice (at-least-once; the archive skips those by sequence)");
    }

    private Process start(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                PipelineCrashChild.class.getName(), dir.toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** Runs the child until it acknowledged {@code acks} runs, kills it (SIGKILL); @return the last line acknowledged. */
    private long runAndKill(long from, int acks) throws Exception {
        Process child = start("run", Long.toString(from));
        AtomicLong last = new AtomicLong(from - 1);
        CompletableFuture<Void> enough = new CompletableFuture<>();
        Thread pump = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
                int count = 0;
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("ACK ")) {
                        last.set(Long.parseLong(line.substring(4)));
                        if (++count == acks) {
                            enough.complete(null);
                        }
                    }
                }
                enough.completeExceptionally(new IllegalStateException("child ended after " + count + " acks"));
            } catch (Exception e) {
                enough.completeExceptionally(e);
            }
        });
        pump.start();
        try {
            enough.get(5, TimeUnit.MINUTES);
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(5, TimeUnit.MINUTES));
            pump.join(TimeUnit.MINUTES.toMillis(5));
        }
        assertEquals(137, child.exitValue(), "killed by SIGKILL while lines flowed");
        return last.get();
    }

    private static String firstLineStartingWith(Process p, String prefix) throws Exception {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(prefix)) {
                    return line.substring(prefix.length());
                }
            }
        }
        throw new IllegalStateException("the child never printed " + prefix);
    }
}
