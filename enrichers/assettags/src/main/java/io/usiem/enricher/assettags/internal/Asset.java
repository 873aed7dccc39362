package io.usiem.enricher.assettags.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A parsed inventory value {@code criticality=high_impact;owner=team-a;tags=pci,dmz} (keys in any order, all
 * optional; a bare word is taken as the criticality).
 */
record Asset(@Nullable String criticality, @Nullable String owner, List<String> tags) {
    static Asset parse(String value) {
        String criticality = null;
        String owner = null;
        List<String> tags = new ArrayList<>();
        for (String part : value.split(";")) {
            String p = part.trim();
            int eq = p.indexOf('=');
            String k = eq < 0 ? "criticality" : p.substring(0, eq).trim().toLowerCase(java.util.Locale.ROOT);
            String v = eq < 0 ? p : p.substring(eq + 1).trim();
            if (v.isEmpty()) {
                continue;
            }
            switch (k) {
                case "criticality" -> criticality = v;
                case "owner" -> owner = v;
                case "tags", "tag" -> {
                    for (String t : v.split(",")) {
                        if (!t.isBlank()) {
                            tags.add(t.trim());
                        }
                    }
                }
                default -> { } // unknown keys are kept for later versions, ignored here
            }
        }
        return new Asset(criticality, owner, List.copyOf(tags));
    }
}
