package io.usiem.kernel.internal;

import io.usiem.api.event.Event;
import io.usiem.api.input.EventIngest;
import io.usiem.api.input.Input;
import io.usiem.api.sink.EventSink;
import io.usiem.connector.sysloginput.internal.SyslogListener;
import io.usiem.kernel.internal.journal.JournalOnlyIngest;
import io.usiem.kernel.internal.journal.SegmentJournal;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * The input + journal stage of issue 7's loggen benchmark, without the distribution: the real pipeline engine on a
 * real segment journal (the kernel's default settings: 64 MiB segments, fsync every 1 MiB or 10 ms), a TCP syslog
 * listener handing it every line, no parser (each line is stored raw: trivial parsing) and a sink that only counts.
 * No store, no Sigma. Prints {@code READY <port>}, serves until stdin closes, then prints what each part saw.
 * In the kernel's package to build the engine as the kernel's own tests do.
 *
 * With {@code journal-only} the engine is not started: the listener hands its lines to what the engine does on
 * ingest alone (encode each line as the kernel does, append to the journal, answer once durable), the input +
 * journal stage by itself; nothing reads the journal (the kernel's 8 GiB cap holds a run of minutes).
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.usiem.kernel.internal.SyslogInputStage <port> <dir> [pipeline|journal-only]
 * [kernel.<attribute>=<value>...] [listener.<attribute>=<value>...]} (attributes of the kernel's and the syslog
 * listener's configuration, e.g. {@code kernel.journal_fsync=none}).
 */
public final class SyslogInputStage {
    private SyslogInputStage() {
    }

    /** Counts what reaches the end of the pipeline. */
    static final class CountingSink implements EventSink {
        final LongAdder events = new LongAdder();

        @Override
        public String name() {
            return "count";
        }

        @Override
        public void write(List<Event> events) {
            this.events.add(events.size());
        }
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        boolean pipeline = args.length < 3 || !"journal-only".equals(args[2]);
        Map<String, Object> kernelValues = new HashMap<>(Map.of("journal_directory", dir.resolve("journal").toString(),
                "parser_grace_ms", 0L, "startup_wait_ms", 0L));
        Map<String, Object> listenerValues = new HashMap<>(Map.of("name", "bench-tcp", "protocol", "tcp",
                "bind_address", "127.0.0.1", "port", port, "idle_timeout_seconds", 0));
        for (int i = 3; i < args.length; i++) {
            // kernel.journal_fsync=none, listener.read_ahead_bytes=1048576: values typed as the attribute's default
            String[] kv = args[i].split("=", 2);
            boolean kernelKey = kv[0].startsWith("kernel.");
            String key = kv[0].substring(kv[0].indexOf('.') + 1);
            Class<?> type = kernelKey ? KernelConfig.class
                    : Class.forName("io.usiem.connector.sysloginput.internal.SyslogListenerConfig");
            Object value = typed(type.getMethod(key).getReturnType(), kv[1]);
            (kernelKey ? kernelValues : listenerValues).put(key, value);
        }
        KernelConfig kernel = config(KernelConfig.class, kernelValues);
        PipelineSettings settings = PipelineSettings.from(kernel);
        Plugins plugins = Plugins.create(settings.parsers());
        SegmentJournal journal = SegmentJournal.open(KernelJournal.config(kernel));
        PipelineEngine engine = new PipelineEngine(settings, plugins, journal);
        CountingSink sink = new CountingSink();
        plugins.sinks().add(sink, 0, 1);
        EventIngest ingest;
        if (pipeline) {
            engine.start();
            ingest = engine;
        } else {
            ingest = new JournalOnlyIngest(journal, false);
        }
        Class<?> listenerConfig = Class.forName("io.usiem.connector.sysloginput.internal.SyslogListenerConfig");
        Object tcp = config(listenerConfig, listenerValues);
        SyslogListener listener = SyslogListener.class.getConstructor(EventIngest.class, listenerConfig).newInstance(ingest, tcp);
        System.out.println("READY " + port);
        System.out.flush();
        while (System.in.read() >= 0) {
            // serves until the script closes stdin
        }
        System.out.println("input: " + ((Input) listener).stats());
        System.out.println("journal: appended " + journal.appendedPosition() + ", committed " + journal.commitPoint());
        System.out.println("sink: " + sink.events.sum() + " events");
        Method deactivate = SyslogListener.class.getDeclaredMethod("deactivate");
        deactivate.setAccessible(true);
        deactivate.invoke(listener);
        if (pipeline) {
            engine.stop(10_000);
        }
        journal.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static Object typed(Class<?> type, String text) {
        if (type == int.class) {
            return Integer.valueOf(text);
        }
        if (type == long.class) {
            return Long.valueOf(text);
        }
        if (type == boolean.class) {
            return Boolean.valueOf(text);
        }
        return text;
    }

    /** A configuration annotation as DS builds it: the given values, else the metatype defaults. */
    @SuppressWarnings("unchecked")
    private static <T> T config(Class<T> type, Map<String, Object> values) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (p, m, a) -> values.containsKey(m.getName()) ? values.get(m.getName()) : m.getDefaultValue());
    }
}
