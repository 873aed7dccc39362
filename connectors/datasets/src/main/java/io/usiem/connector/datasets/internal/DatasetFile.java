package io.usiem.connector.datasets.internal;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import io.usiem.api.dataset.DatasetKind;

/**
 * The on-disk form of a dataset, {@code <name>.dataset}: a UTF-8 text file, versioned by its first
 * line, written to a temporary file and moved into place atomically so a crash leaves the old or the
 * new file, never half of one.
 *
 * <pre>
 * usiem-dataset 1
 * kind	IP_SET
 * source	https://...
 * updated	1732900000000
 * tenant	acme          (optional)
 * ttl	0
 * -
 * key	expiresAt[	value...]   (tab, newline and backslash escaped as \t \n \\)
 * </pre>
 */
final class DatasetFile {
    static final String MAGIC = "usiem-dataset 1";
    static final String SUFFIX = ".dataset";

    /** What a file holds. */
    record Content(String name, DatasetKind kind, String source, long updated, String tenant, long ttl, List<Entry> entries) {
    }

    private DatasetFile() {
    }

    static void write(Path dir, StoredDataset d) throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve(d.name() + SUFFIX);
        Path tmp = dir.resolve(d.name() + SUFFIX + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(MAGIC + "\n");
            w.write("kind\t" + d.kind() + "\n");
            w.write("source\t" + esc(d.source()) + "\n");
            w.write("updated\t" + d.lastUpdatedMillis() + "\n");
            if (d.tenant() != null) {
                w.write("tenant\t" + esc(d.tenant()) + "\n");
            }
            w.write("ttl\t" + d.defaultTtlMillis() + "\n");
            w.write("-\n");
            StringBuilder sb = new StringBuilder();
            for (Entry e : d.entries()) {
                sb.setLength(0);
                sb.append(esc(e.key())).append('\t').append(e.expiresAt());
                if (e.value() instanceof String s) {
                    sb.append('\t').append(esc(s));
                } else if (e.value() instanceof List<?> l) {
                    for (Object v : l) {
                        sb.append('\t').append(esc(String.valueOf(v)));
                    }
                }
                w.write(sb.append('\n').toString());
            }
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static Content read(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - SUFFIX.length());
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            if (!MAGIC.equals(first)) {
                throw new IOException(file + ": not a dataset file of version 1 (first line " + first + ")");
            }
            DatasetKind kind = null;
            String source = "file";
            String tenant = "";
            long updated = 0;
            long ttl = 0;
            String line;
            while ((line = r.readLine()) != null && !line.equals("-")) {
                int tab = line.indexOf('\t');
                String k = tab < 0 ? line : line.substring(0, tab);
                String v = tab < 0 ? "" : unesc(line.substring(tab + 1));
                switch (k) {
                    case "kind" -> kind = DatasetKind.valueOf(v);
                    case "source" -> source = v;
                    case "updated" -> updated = Long.parseLong(v);
                    case "tenant" -> tenant = v;
                    case "ttl" -> ttl = Long.parseLong(v);
                    default -> { } // later minor versions may add headers
                }
            }
            if (kind == null) {
                throw new IOException(file + ": no kind header");
            }
            boolean list = kind == DatasetKind.TEXT_LIST_MAP;
            List<Entry> entries = new ArrayList<>();
            while ((line = r.readLine()) != null) {
                String[] cols = line.split("\t", -1);
                if (cols.length < 2) {
                    continue;
                }
                long exp = Long.parseLong(cols[1]);
                Object value = null;
                if (list) {
                    List<String> vs = new ArrayList<>();
                    for (int i = 2; i < cols.length; i++) {
                        vs.add(unesc(cols[i]));
                    }
                    value = List.copyOf(vs);
                } else if (cols.length > 2) {
                    value = unesc(cols[2]);
                }
                entries.add(new Entry(unesc(cols[0]), value, exp));
            }
            return new Content(name, kind, source, updated, tenant, ttl, entries);
        }
    }

    static String esc(String s) {
        if (s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\\') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\\' -> b.append("\\\\");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String unesc(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
