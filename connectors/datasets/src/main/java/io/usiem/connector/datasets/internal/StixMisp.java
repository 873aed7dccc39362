package io.usiem.connector.datasets.internal;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Indicator exports: STIX 2.x bundles (indicator objects, comparison expressions in their patterns)
 * and MISP JSON (attribute searches and event exports). Only observable kinds a dataset can hold are
 * taken: addresses, networks, domains, URLs and file hashes; the value is the indicator's name.
 */
final class StixMisp {
    /** {@code ipv4-addr:value = '198.51.100.1'}, {@code file:hashes.'SHA-256' = '...'} inside a STIX pattern. */
    private static final Pattern COMPARISON = Pattern.compile(
            "(ipv4-addr|ipv6-addr|domain-name|url|file|email-addr):([A-Za-z0-9_.'\\-]+)\\s*=\\s*'((?:[^'\\\\]|\\\\.)*)'");
    private static final Set<String> MISP_TYPES = Set.of("ip-src", "ip-dst", "ip-src|port", "ip-dst|port", "domain",
            "hostname", "domain|ip", "url", "uri", "md5", "sha1", "sha256", "sha512", "filename|md5", "filename|sha1",
            "filename|sha256", "email-src", "email-dst");

    private StixMisp() {
    }

    static void stix(JsonNode root, List<StoredDataset.Change> out) {
        JsonNode objects = root.has("objects") ? root.path("objects") : root;
        for (JsonNode o : objects) {
            if (!"indicator".equals(o.path("type").asText()) || o.path("revoked").asBoolean(false)) {
                continue;
            }
            String pattern = o.path("pattern").asText("");
            String patternType = o.path("pattern_type").asText("stix");
            if (!"stix".equals(patternType)) {
                continue;
            }
            String label = o.path("name").asText(o.path("id").asText("stix"));
            Matcher m = COMPARISON.matcher(pattern);
            while (m.find()) {
                String type = m.group(1);
                String path = m.group(2);
                if (type.equals("file") && !path.startsWith("hashes")) {
                    continue;
                }
                if (!type.equals("file") && !path.equals("value")) {
                    continue;
                }
                String value = m.group(3).replace("\\'", "'").replace("\\\\", "\\");
                out.add(StoredDataset.Change.put(value, label, 0));
            }
        }
    }

    static void misp(JsonNode root, List<StoredDataset.Change> out) {
        JsonNode response = root.path("response");
        if (response.isArray()) {
            for (JsonNode r : response) {
                mispEvent(r.path("Event"), out);
            }
            return;
        }
        attributes(response.path("Attribute"), "misp", out);
        attributes(root.path("Attribute"), "misp", out);
        mispEvent(root.path("Event"), out);
    }

    private static void mispEvent(JsonNode event, List<StoredDataset.Change> out) {
        if (event.isMissingNode()) {
            return;
        }
        String label = event.path("info").asText("misp");
        attributes(event.path("Attribute"), label, out);
        for (JsonNode obj : event.path("Object")) {
            attributes(obj.path("Attribute"), label, out);
        }
    }

    private static void attributes(JsonNode attrs, String eventLabel, List<StoredDataset.Change> out) {
        for (JsonNode a : attrs) {
            String type = a.path("type").asText("");
            if (!MISP_TYPES.contains(type) || !a.path("to_ids").asBoolean(true) || a.path("deleted").asBoolean(false)) {
                continue;
            }
            String value = a.path("value").asText("");
            int bar = value.indexOf('|');
            if (bar >= 0) {
                // composite types: "ip|port" keeps the address, "filename|hash" and "domain|ip" keep both halves
                String left = value.substring(0, bar);
                String right = value.substring(bar + 1);
                if (type.endsWith("|port")) {
                    value = left;
                } else if (type.startsWith("filename|")) {
                    value = right;
                } else {
                    out.add(StoredDataset.Change.put(right, eventLabel, 0));
                    value = left;
                }
            }
            if (!value.isEmpty()) {
                out.add(StoredDataset.Change.put(value, eventLabel, 0));
            }
        }
    }
}
