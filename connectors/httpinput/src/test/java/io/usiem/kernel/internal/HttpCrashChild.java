package io.usiem.kernel.internal;

import io.usiem.api.event.Event;
import io.usiem.api.sink.EventSink;
import io.usiem.connector.httpinput.internal.CrashListener;
import io.usiem.kernel.internal.journal.FsyncMode;
import io.usiem.kernel.internal.journal.JournalConfig;
import io.usiem.kernel.internal.journal.SegmentJournal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;

/**
 * The process the HTTP crash test kills: the real pipeline engine on a real journal, fed by the HTTP listener, with a
 * sink that appends each event's original text and sequence to a file, fsynced per batch. {@code run} prints
 * {@code PORT n} and serves until killed; {@code overload} does the same with a small journal (256 KiB), a sink that
 * takes 50 ms per batch and a 200 ms wait for journal room, so senders outrun it and get 429; {@code recover} starts on the same journal, waits until every journaled line
 * was delivered, prints {@code DONE} and stops cleanly. In the kernel's package to build the engine as the kernel's
 * own crash test does.
 */
public final class HttpCrashChild {
    private HttpCrashChild() {
    }

    /** A sink that makes each batch durable before it returns, as a store that acknowledges must. */
    static final class FileLinesSink implements EventSink {
        private final FileChannel out;
        private final long delayMillis;

        FileLinesSink(Path file, long delayMillis) throws IOException {
            out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            this.delayMillis = delayMillis;
        }

        @Override
        public String name() {
            return "lines";
        }

        @Override
        public void write(List<Event> events) throws IOException {
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis); // a slow store: the pipeline falls behind the senders
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
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

    private static StageSettings stage(String name, int max) {
        return new StageSettings(name, 256, 1, max, 64, 2, 5);
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        // No parser: every line is stored raw at once (grace 0), which is all this test needs.
        PipelineSettings s = new PipelineSettings(stage("parse", 2), stage("enrich", 1), stage("output", 1),
                stage("alert", 1), 20, new PipelineSettings.Parsers(1024, 0, 2000, 0),
                new PipelineSettings.Sinks(10, 200, 60_000, null));
        Plugins plugins = Plugins.create(s.parsers());
        boolean overload = args[1].equals("overload");
        SegmentJournal journal = SegmentJournal.open(JournalConfig.defaults(dir.resolve("journal"))
                .withSegmentBytes(overload ? 64 << 10 : 1 << 20).withMaxBytes(overload ? 256 << 10 : 16 << 20)
                .withFsync(FsyncMode.INTERVAL, 1 << 20, Duration.ofMillis(10)));
        PipelineEngine engine = new PipelineEngine(s, plugins, journal);
        plugins.sinks().add(new FileLinesSink(dir.resolve("sink.txt"), overload ? 50 : 0), 0, 10);
        engine.start();
        if (args[1].equals("recover")) {
            org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(5))
                    .until(() -> journal.commitPoint() == journal.appendedPosition());
            System.out.println("DONE " + journal.appendedPosition());
            System.out.flush();
            engine.stop(10_000);
            journal.close();
            return;
        }
        System.out.println("PORT " + CrashListener.start(engine, overload ? 200 : 5000).getPort());
        System.out.flush();
        Thread.currentThread().join(); // serves until killed
    }
}
