package io.usiem.rules.sigma.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads YAML into maps, lists, strings and nulls. Scalars keep their written text ({@code 0x10},
 * {@code 4624}, {@code 1e3} stay strings as the rule author typed them) because Sigma compares values
 * as text; only a plain {@code null}, {@code ~} or empty scalar is null.
 */
final class YamlDocs {
    private static final int MAX_DOCUMENT_CHARS = 4 << 20;

    private YamlDocs() {
    }

    /**
     * @param text YAML text with one or more documents
     * @return the documents, each a map, list, string or null
     * @throws RuleException when the YAML is malformed or too large
     */
    static List<Object> readAll(String text) {
        if (text.length() > MAX_DOCUMENT_CHARS) {
            throw new RuleException("YAML file larger than " + MAX_DOCUMENT_CHARS + " characters");
        }
        LoadSettings settings = LoadSettings.builder().setAllowDuplicateKeys(false).setMaxAliasesForCollections(50)
                .setCodePointLimit(MAX_DOCUMENT_CHARS).build();
        List<Object> docs = new ArrayList<>();
        try {
            for (Node node : new Compose(settings).composeAllFromString(text)) {
                docs.add(convert(node, 0));
            }
        } catch (YamlEngineException e) {
            throw new RuleException("invalid YAML: " + firstLine(e.getMessage()));
        }
        return docs;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        return message.replace('\n', ' ').replaceAll("\\s+", " ").trim();
    }

    private static Object convert(Node node, int depth) {
        if (depth > 64) {
            throw new RuleException("YAML nested deeper than 64 levels");
        }
        if (node instanceof ScalarNode) {
            ScalarNode s = (ScalarNode) node;
            String v = s.getValue();
            if (s.isPlain() && (v.isEmpty() || v.equals("null") || v.equals("~") || v.equals("Null") || v.equals("NULL"))) {
                return null;
            }
            return v;
        }
        if (node instanceof SequenceNode) {
            List<Object> list = new ArrayList<>();
            for (Node n : ((SequenceNode) node).getValue()) {
                list.add(convert(n, depth + 1));
            }
            return list;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            Object key = convert(t.getKeyNode(), depth + 1);
            if (!(key instanceof String)) {
                throw new RuleException("YAML mapping key is not a string: " + key);
            }
            map.put((String) key, convert(t.getValueNode(), depth + 1));
        }
        return map;
    }
}
