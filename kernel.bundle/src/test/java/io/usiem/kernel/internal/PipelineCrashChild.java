package io.usiem.kernel.internal;

import static io.usiem.kernel.internal.TestParsers.entry;

import io.usiem.api.event.Event;
import io.usiem.api.parser.RawLog;
import io.usiem.api.sink.EventSink;
import io.usiem.kernel.internal.TestParsers.PrefixParser;
import io.usiem.kernel.internal.journal.FsyncMode;
import io.usiem.kernel.internal.journal.SegmentJournal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The process {@link PipelineCrashTest} kills: a pipeline on a journal with a sink that appends each event's
 * line and sequence to a file, fsynced per batch. {@code run <from>} ingests lines and prints {@code ACK n}
 * once every line up to {@code n} was accepted; {@code recover} starts, waits until the journal's commit point
 * reaches its end (every replayed line delivered), prints {@code DONE} and stops cleanly.
 */
public final class PipelineCrashChild {
    private PipelineCrashChild() {
    }

    /** A sink that makes each batch durable before it returns, as a store that acknowledges must. */
    static final class FileLinesSink implements EventSink {
        private final FileChannel out;

        FileLinesSink(Path file) throws IOException {
            out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        }

        @Override
        public String name() {
            return "lines";
        }

        @Override
        public void write(List<Event> events) throws IOException {
            StringBuilder sb = new StringBuilder();
            for (Event e : events) {
                sb.append(e.raw()).append(' ').append(e.sequence()).append('\n');
            }
            ByteBuffer buf = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
            while (buf.hasRemaining()) {
                out.write(buf);
            }
            out.force(false);
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        PipelineSettings s = TestSettings.small().build();
        Plugins plugins = Plugins.create(s.parsers());
        SegmentJournal journal = TestJournal.open(dir.resolve("journal"), FsyncMode.INTERVAL);
        PipelineEngine engine = new PipelineEngine(s, plugins, journal);
        plugins.parsers().add(entry(new PrefixParser("line", "line-", true), 1));
        plugins.sinks().add(new FileLinesSink(dir.resolve("sink.txt")), 0, 10);
        engine.start();
        if (args[1].equals("recover")) {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(5))
                    .until(() -> journal.commitPoint() == journal.appendedPosition());
            System.out.println("DONE " + journal.appendedPosition());
            System.out.flush();
            engine.stop(10_000);
            journal.close();
            return;
        }
        long next = Long.parseLong(args[2]);
        while (true) {
            List<RawLog> run = new ArrayList<>(100);
            for (int i = 0; i < 100; i++) {
                run.add(RawLog.of("line-" + (next + i)));
            }
            int n = engine.ingestAll(run);
            next += n;
            System.out.println("ACK " + (next - 1));
            System.out.flush();
        }
    }
}
