package io.usiem.connector.datasets.internal;

import java.time.Instant;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import io.usiem.api.dataset.CidrSet;
import io.usiem.api.dataset.IpMap;
import io.usiem.api.dataset.IpSet;
import io.usiem.api.dataset.TextListMap;
import io.usiem.api.dataset.TextMap;
import io.usiem.api.dataset.TextSet;
import io.usiem.api.event.IpAddress;

/** {@code siem:dataset [--contains X] [--limit N] NAME}: a dataset's details, a lookup, or its first entries. */
@Command(scope = "siem", name = "dataset", description = "Shows a dataset, looks a value up in it (--contains) or lists entries")
@Service
public class DatasetCommand implements Action {
    @Reference
    DatasetsComponent datasets;

    @Argument(index = 0, name = "name", required = true, description = "Dataset name")
    String name;

    @Option(name = "--contains", description = "Look this IP, network or text up")
    String contains;

    @Option(name = "--limit", description = "Entries to list (default 20)")
    int limit = 20;

    @Override
    public Object execute() {
        System.out.print(show(datasets.manager(), name, contains, limit));
        return null;
    }

    static String show(DatasetManager m, String name, String contains, int limit) {
        StoredDataset d = m.get(name);
        if (d == null) {
            return "No dataset " + name + "\n";
        }
        if (contains != null) {
            return contains + ": " + lookup(d, contains) + "\n";
        }
        StringBuilder b = new StringBuilder();
        b.append("name:    ").append(d.name()).append('\n')
                .append("kind:    ").append(d.kind()).append('\n')
                .append("size:    ").append(d.size()).append('\n')
                .append("updated: ").append(d.lastUpdatedMillis() == 0 ? "never" : Instant.ofEpochMilli(d.lastUpdatedMillis())).append('\n')
                .append("source:  ").append(d.source()).append('\n')
                .append("tenant:  ").append(d.tenant() == null ? "(all)" : d.tenant()).append('\n')
                .append("status:  ").append(d.status()).append('\n');
        int n = 0;
        for (Entry e : d.entries()) {
            if (n++ >= limit) {
                b.append("...\n");
                break;
            }
            b.append("  ").append(e.key());
            if (e.value() != null) {
                b.append(" = ").append(e.value());
            }
            if (e.expiresAt() != Entry.NEVER) {
                b.append("  (expires ").append(Instant.ofEpochMilli(e.expiresAt())).append(')');
            }
            b.append('\n');
        }
        return b.toString();
    }

    static String lookup(StoredDataset d, String v) {
        IpAddress ip = IpAddress.tryParse(v.trim());
        Object r;
        if (d instanceof IpSet s) {
            r = ip != null && s.contains(ip);
        } else if (d instanceof IpMap s) {
            r = ip == null ? null : s.get(ip);
        } else if (d instanceof CidrSet s) {
            r = ip == null ? null : s.match(ip);
        } else if (d instanceof TextSet s) {
            r = s.contains(v);
        } else if (d instanceof TextMap s) {
            r = s.get(v);
        } else {
            r = ((TextListMap) d).get(v);
        }
        if (r == null || Boolean.FALSE.equals(r) || r instanceof java.util.List<?> l && l.isEmpty()) {
            return "not found";
        }
        return Boolean.TRUE.equals(r) ? "found" : "found: " + r;
    }
}
