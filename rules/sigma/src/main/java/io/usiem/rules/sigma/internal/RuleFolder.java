package io.usiem.rules.sigma.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A watched folder of plain Sigma YAML for quick edits: polled, and reloaded as one source when a file
 * is added, changed or removed. Polling rather than a WatchService: it also works on network and
 * container-mounted folders, and a rename of the folder does not lose the watch.
 */
final class RuleFolder implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(RuleFolder.class);

    private final Path folder;
    private final SigmaEngine engine;
    private final String source;
    private String signature = "";

    RuleFolder(Path folder, SigmaEngine engine) {
        this.folder = folder;
        this.engine = engine;
        this.source = "folder:" + folder;
    }

    /** Checks the folder and reloads it when it changed. */
    @Override
    public void run() {
        try {
            List<Path> files = list();
            StringBuilder sig = new StringBuilder();
            for (Path p : files) {
                sig.append(p).append('|').append(Files.getLastModifiedTime(p).toMillis()).append('|').append(Files.size(p)).append('\n');
            }
            if (sig.toString().equals(signature)) {
                return;
            }
            signature = sig.toString();
            Map<String, String> texts = new TreeMap<>();
            for (Path p : files) {
                texts.put(folder.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
            engine.putRules(source, texts);
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Cannot read rule folder {}: {}", folder, e.toString());
        }
    }

    private List<Path> list() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(folder)) {
            List<Path> out = new ArrayList<>();
            s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".yml") || n.endsWith(".yaml");
            }).sorted().forEach(out::add);
            return out;
        }
    }
}
