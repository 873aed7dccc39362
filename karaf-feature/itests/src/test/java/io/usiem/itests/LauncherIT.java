package io.usiem.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The README's path for a new user, through the real launcher and OpenSSH: ./usiem start, inject a line,
 * see it in siem:status, remove and install a parser feature at runtime, ./usiem stop.
 */
public class LauncherIT {
    private static final Path ROOT = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();
    private static final Path HOME = Path.of(System.getProperty("project.build.directory", "target")).resolve("launcher-home")
            .toAbsolutePath();

    /** Result of one launcher call. */
    private record Run(int exit, String output) {
    }

    private static Run usiem(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(ROOT.resolve("usiem").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("USIEM_HOME", HOME.toString());
        pb.environment().put("USIEM_NO_BUILD", "1");
        pb.environment().put("USIEM_SSH_PORT", "18102");
        File log = Files.createTempFile("usiem-launcher", ".log").toFile();
        pb.redirectOutput(log);
        Process p = pb.start();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("./usiem " + String.join(" ", args) + " did not finish");
        }
        String out = Files.readString(log.toPath(), StandardCharsets.UTF_8);
        log.delete();
        return new Run(p.exitValue(), out);
    }

    @BeforeClass
    public static void start() throws Exception {
        assumeTrue("OpenSSH client needed (apt-get install openssh-client)", new File("/usr/bin/ssh").canExecute());
        Run started = usiem("start");
        assertEquals(started.output(), 0, started.exit());
        assertTrue(started.output(), Files.exists(HOME.resolve("etc/usiem-admin.key")));
    }

    @AfterClass
    public static void stop() throws Exception {
        if (Files.exists(HOME)) {
            Run stopped = usiem("stop");
            assertEquals(stopped.output(), 0, stopped.exit());
            // The runtime folder is ~90 MB; CI keeps none.
            try (java.util.stream.Stream<Path> files = Files.walk(HOME)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    public void quickstartFromTheReadme() throws Exception {
        Run injected = usiem("cli", "siem:inject '<34>Oct 11 22:14:15 mymachine su: failed for lonvick user=lonvick'");
        assertEquals(injected.output(), 0, injected.exit());
        assertTrue(injected.output(), injected.output().contains("Injected 1 line"));

        // A relative --file path is the caller's: the launcher makes it absolute for the server.
        Path lines = Path.of("target/launcher-lines.log");
        Files.write(lines, ("<13>Feb  5 17:32:18 host app: user=a\n<13>Feb  5 17:32:18 host app: user=b\n"
                + "<13>Feb  5 17:32:18 host app: bad byte \u0000").getBytes(StandardCharsets.UTF_8));
        // A byte that is not UTF-8: the line is kept, with U+FFFD, and tagged.
        Files.write(lines, new byte[] {(byte) 0xFF, '\n'}, java.nio.file.StandardOpenOption.APPEND);
        Run fromFile = usiem("cli", "siem:inject --file target/launcher-lines.log");
        assertEquals(fromFile.output(), 0, fromFile.exit());
        assertTrue(fromFile.output(), fromFile.output().contains("Injected 3 lines"));

        Run parsed = usiem("cli", "siem:parse '<13>Feb  5 17:32:18 gw01 kernel: action=drop src=10.0.0.5 dst=192.0.2.10'");
        assertTrue(parsed.output(), parsed.output().contains("\"source.ip\":\"10.0.0.5\""));

        Run status = usiem("status");
        assertEquals(status.output(), 0, status.exit());
        assertTrue(status.output(), status.output().matches("(?s).*Pipeline: accepted [1-9].*"));
        assertTrue(status.output(), status.output().matches("(?s).*Sinks: [^\\n]*ndjson-archive.*"));
        Run json = usiem("cli", "siem:status --json");
        assertTrue(json.output(), json.output().trim().matches("\\{\"accepted\":[1-9]\\d*,.*\"dropped\":\\{\\},.*\"sinks\":\\[[^\\]]*\"ndjson-archive\".*"));
        Path archive = HOME.resolve("data/usiem/events/events-" + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + ".ndjson");
        // Lines are processed asynchronously: wait until the archive holds them.
        try {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(5)).until(() -> Files.exists(archive)
                    && Files.readString(archive).lines().filter(l -> l.contains("host app: ")).count() == 3);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            System.err.println(usiem("status").output());
            System.err.println(String.join("\n", Files.readAllLines(HOME.resolve("data/log/karaf.log"))));
            throw e;
        }
        String archived = Files.readString(archive);
        assertTrue(archived.contains("failed for lonvick"));
        assertTrue(archived, archived.lines().anyMatch(l -> l.contains("bad byte") && l.contains("\"invalid_utf8\"")
                && l.contains("\uFFFD")));

        Run removed = usiem("cli", "feature:uninstall usiem-parser-syslog");
        assertEquals(removed.output(), 0, removed.exit());
        assertTrue(!usiem("cli", "siem:parsers").output().contains("generic-syslog"));
        Run added = usiem("cli", "feature:install usiem-parser-syslog");
        assertEquals(added.output(), 0, added.exit());
        assertTrue(usiem("cli", "siem:parsers").output().contains("generic-syslog"));

        killDashNineLosesNoAcknowledgedLine(archive);

        Run unknown = usiem("cli", "siem:no-such-command");
        assertNotEquals("a failed command exits non-zero", 0, unknown.exit());
        assertTrue(unknown.output(), unknown.output().contains("Command not found"));
    }

    /**
     * siem:inject returns once every line is in the journal on disk; kill -9 right after it; after the restart
     * the archive holds every line, each once (the journal replays what was in flight, the archive skips by
     * sequence what it already had).
     */
    private static void killDashNineLosesNoAcknowledgedLine(Path archive) throws Exception {
        int n = 5000;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("<13>Feb  5 17:32:18 host killtest: line=").append(i).append('\n');
        }
        Path lines = Path.of("target/launcher-kill-lines.log");
        Files.writeString(lines, sb.toString());
        Run injected = usiem("cli", "siem:inject --file target/launcher-kill-lines.log");
        assertEquals(injected.output(), 0, injected.exit());
        long pid = Long.parseLong(Files.readString(HOME.resolve("karaf.pid")).trim());
        Process kill = new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start();
        assertEquals(0, kill.waitFor());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(2))
                .until(() -> !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        Run restarted = usiem("start");
        assertEquals(restarted.output(), 0, restarted.exit());
        java.util.regex.Pattern line = java.util.regex.Pattern.compile("killtest: line=(\\d+)\"");
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(5)).until(() -> {
            seen.clear();
            for (String l : Files.readAllLines(archive)) {
                java.util.regex.Matcher m = line.matcher(l);
                if (m.find()) {
                    seen.merge(m.group(1), 1, Integer::sum);
                }
            }
            return seen.size() == n;
        });
        long twice = seen.values().stream().filter(c -> c > 1).count();
        assertEquals("lines archived twice after kill -9 (the archive deduplicates by sequence)", 0, twice);
    }
}
