package io.usiem.connector.httpinput.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real shipper: rsyslog's Elasticsearch output (Debian package rsyslog-elasticsearch; Filebeat, Logstash, Vector
 * and Fluent Bit are not in the reachable registries) reads a file and sends it in bulk mode. Skipped when absent.
 */
class RsyslogShipperTest {
    private static final List<Path> MODULES = List.of(Path.of("/usr/lib/x86_64-linux-gnu/rsyslog/omelasticsearch.so"),
            Path.of("/usr/lib/aarch64-linux-gnu/rsyslog/omelasticsearch.so"), Path.of("/usr/lib/rsyslog/omelasticsearch.so"));

    @TempDir
    Path dir;

    @Test
    void rsyslogOmelasticsearchShipsAFileInBulk() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/sbin/rsyslogd")) && MODULES.stream().anyMatch(Files::exists),
                "rsyslogd with omelasticsearch (apt-get install rsyslog-elasticsearch) is not installed: skipped");
        RecordingIngest ingest = new RecordingIngest();
        HttpListener l = new HttpListener(ingest, TestConfig.of("name", "rsyslog", "source_type_map", "rsyslog-*=syslog"));
        Process rsyslog = null;
        try {
            int n = 500;
            Files.write(dir.resolve("in.log"), IntStream.range(0, n).mapToObj(i -> "sshd[7]: Failed password for root #" + i)
                    .toList(), StandardCharsets.UTF_8);
            Files.createDirectories(dir.resolve("work"));
            Files.writeString(dir.resolve("rsyslog.conf"), String.join("\n",
                    "global(workDirectory=\"" + dir.resolve("work") + "\")",
                    "module(load=\"imfile\")",
                    "module(load=\"omelasticsearch\")",
                    "template(name=\"doc\" type=\"list\" option.jsonf=\"on\") {",
                    "  property(outname=\"@timestamp\" name=\"timereported\" dateFormat=\"rfc3339\" format=\"jsonf\")",
                    "  property(outname=\"message\" name=\"msg\" format=\"jsonf\")",
                    "}",
                    "input(type=\"imfile\" File=\"" + dir.resolve("in.log") + "\" Tag=\"test\")",
                    "action(type=\"omelasticsearch\" server=\"127.0.0.1\" serverport=\"" + l.localAddress().getPort()
                            + "\" template=\"doc\" searchIndex=\"rsyslog-test\" bulkmode=\"on\" esVersion.major=\"8\""
                            + " errorFile=\"" + dir.resolve("errors.json") + "\")", ""));
            rsyslog = new ProcessBuilder("/usr/sbin/rsyslogd", "-n", "-f", dir.resolve("rsyslog.conf").toString(), "-i",
                    dir.resolve("rsyslog.pid").toString()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("rsyslog.out").toFile()).start();
            await().atMost(Duration.ofMinutes(2)).until(() -> ingest.lines.size() >= n);
            assertEquals(n, ingest.lines.size());
            assertEquals("sshd[7]: Failed password for root #0", ingest.lines.get(0).message());
            assertEquals("syslog", ingest.lines.get(0).sourceType());
            assertTrue(ingest.lines.get(0).original().startsWith("{\"@timestamp\":"));
            assertFalse(Files.exists(dir.resolve("errors.json")), "rsyslog saw no failed item");
            Map<Integer, Long> answers = l.counters().responsesByStatus();
            assertEquals(java.util.Set.of(200), answers.keySet(), "every bulk answered 200: " + answers);
        } finally {
            if (rsyslog != null) {
                rsyslog.destroy();
                rsyslog.waitFor();
            }
            l.deactivate();
        }
    }
}
