package io.usiem.connector.datasets.internal;

import java.util.List;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import io.usiem.api.dataset.DatasetKind;

/**
 * {@code siem:dataset-add [--kind K] [--ttl S] NAME [KEY [VALUE]]}: creates a dataset (with {@code --kind})
 * and/or adds an entry.
 */
@Command(scope = "siem", name = "dataset-add", description = "Creates a dataset (--kind) and/or adds an entry to it")
@Service
public class DatasetAddCommand implements Action {
    @Reference
    DatasetsComponent datasets;

    @Argument(index = 0, name = "name", required = true, description = "Dataset name")
    String name;

    @Argument(index = 1, name = "key", description = "IP, network or text to add")
    String key;

    @Argument(index = 2, name = "value", description = "Value (maps), label (CIDR sets)")
    String value;

    @Option(name = "--kind", description = "Create the dataset with this kind if it does not exist (IP_SET, CIDR_SET, IP_MAP, TEXT_SET, TEXT_MAP, TEXT_LIST_MAP)")
    String kind;

    @Option(name = "--ttl", description = "Entry lifetime in seconds (default: the dataset's)")
    long ttlSeconds;

    @Override
    public Object execute() {
        System.out.print(run(datasets.manager(), name, key, value, kind, ttlSeconds));
        return null;
    }

    static String run(DatasetManager m, String name, String key, String value, String kind, long ttlSeconds) {
        StringBuilder b = new StringBuilder();
        if (m.get(name) == null) {
            if (kind == null) {
                return "No dataset " + name + "; give --kind to create it\n";
            }
            m.define(Definition.manual(name, DatasetKind.valueOf(kind.toUpperCase(Locale.ROOT)), 0));
            b.append("Created ").append(name).append('\n');
        }
        if (key != null) {
            int n = m.apply(name, List.of(StoredDataset.Change.put(key, value, ttlSeconds * 1000)));
            b.append(n == 1 ? "Added " + key + "\n" : "Not added: '" + key + "' is not a valid key for " + m.get(name).kind() + "\n");
        }
        return b.toString();
    }
}
