package io.usiem.connector.datasets.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads feed formats into dataset changes (key, value). Validation against the dataset's kind happens
 * when the changes are applied: an IP set ignores networks, a CIDR set takes both.
 */
final class Importer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Importer() {
    }

    static List<StoredDataset.Change> read(FeedFormat format, ImportOptions o, InputStream in) throws IOException {
        List<StoredDataset.Change> out = new ArrayList<>();
        switch (format) {
            case PLAIN, FIREHOL -> lines(in, line -> {
                String t = firstToken(line);
                if (t != null) {
                    out.add(StoredDataset.Change.put(t, null, 0));
                }
            });
            case IPSUM -> lines(in, line -> {
                String t = firstToken(line);
                if (t == null) {
                    return;
                }
                String rest = line.trim().substring(t.length()).trim();
                int count = 1;
                try {
                    count = rest.isEmpty() ? 1 : Integer.parseInt(rest);
                } catch (NumberFormatException e) {
                    return;
                }
                if (count >= o.minCount()) {
                    out.add(StoredDataset.Change.put(t, Integer.toString(count), 0));
                }
            });
            case CSV -> csv(in, o, out);
            case AWS -> aws(JSON.readTree(in), out);
            case AZURE -> azure(JSON.readTree(in), out);
            case GCP -> gcp(JSON.readTree(in), out);
            case STIX -> StixMisp.stix(JSON.readTree(in), out);
            case MISP -> StixMisp.misp(JSON.readTree(in), out);
            default -> throw new IllegalStateException(format.name());
        }
        return out;
    }

    private interface LineSink {
        void line(String line);
    }

    private static void lines(InputStream in, LineSink sink) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            sink.line(line);
        }
    }

    /** @return the first token of a non-comment line, or null */
    static String firstToken(String line) {
        String t = line.trim();
        if (t.isEmpty() || t.charAt(0) == '#' || t.charAt(0) == ';' || t.startsWith("//")) {
            return null;
        }
        int end = 0;
        while (end < t.length() && !Character.isWhitespace(t.charAt(end)) && t.charAt(end) != '#' && t.charAt(end) != ';') {
            end++;
        }
        return end == 0 ? null : t.substring(0, end);
    }

    private static void csv(InputStream in, ImportOptions o, List<StoredDataset.Change> out) throws IOException {
        boolean[] first = {o.skipHeader()};
        lines(in, line -> {
            if (first[0]) {
                first[0] = false;
                return;
            }
            if (line.isBlank() || line.startsWith("#")) {
                return;
            }
            List<String> cols = splitCsv(line, o.delimiter());
            if (o.column() < cols.size()) {
                String key = cols.get(o.column()).trim();
                String value = o.valueColumn() >= 0 && o.valueColumn() < cols.size() ? cols.get(o.valueColumn()).trim() : null;
                if (!key.isEmpty()) {
                    out.add(StoredDataset.Change.put(key, value, 0));
                }
            }
        });
    }

    /** RFC 4180 fields on one line: quotes, doubled quotes inside quotes. */
    static List<String> splitCsv(String line, char delim) {
        List<String> cols = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    b.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    b.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delim) {
                cols.add(b.toString());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        cols.add(b.toString());
        return cols;
    }

    private static void aws(JsonNode root, List<StoredDataset.Change> out) {
        for (JsonNode p : root.path("prefixes")) {
            add(out, p.path("ip_prefix").asText(""), "aws", p.path("region").asText(""), p.path("service").asText(""));
        }
        for (JsonNode p : root.path("ipv6_prefixes")) {
            add(out, p.path("ipv6_prefix").asText(""), "aws", p.path("region").asText(""), p.path("service").asText(""));
        }
    }

    private static void azure(JsonNode root, List<StoredDataset.Change> out) {
        for (JsonNode v : root.path("values")) {
            JsonNode props = v.path("properties");
            String service = props.path("systemService").asText("");
            if (service.isEmpty()) {
                service = v.path("name").asText("");
            }
            String region = props.path("region").asText("");
            for (JsonNode p : props.path("addressPrefixes")) {
                add(out, p.asText(""), "azure", region, service);
            }
        }
    }

    private static void gcp(JsonNode root, List<StoredDataset.Change> out) {
        for (JsonNode p : root.path("prefixes")) {
            String net = p.has("ipv4Prefix") ? p.path("ipv4Prefix").asText("") : p.path("ipv6Prefix").asText("");
            add(out, net, "gcp", p.path("scope").asText(""), p.path("service").asText(""));
        }
    }

    private static void add(List<StoredDataset.Change> out, String net, String provider, String region, String service) {
        if (!net.isEmpty()) {
            out.add(StoredDataset.Change.put(net, CloudLabel.format(provider, region, service), 0));
        }
    }
}
