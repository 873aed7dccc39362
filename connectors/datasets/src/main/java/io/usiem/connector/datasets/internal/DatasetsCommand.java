package io.usiem.connector.datasets.internal;

import java.time.Instant;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import io.usiem.api.dataset.Dataset;

/** {@code siem:datasets}: every dataset with kind, size, last update, source and feed status. */
@Command(scope = "siem", name = "datasets", description = "Lists datasets: kind, size, last update, source, status")
@Service
public class DatasetsCommand implements Action {
    @Reference
    DatasetsComponent datasets;

    @Override
    public Object execute() {
        System.out.print(format(datasets.manager()));
        return null;
    }

    static String format(DatasetManager m) {
        StringBuilder b = new StringBuilder(String.format("%-24s %-13s %10s  %-24s %s%n", "NAME", "KIND", "SIZE", "UPDATED", "SOURCE / STATUS"));
        for (Dataset d : m.all()) {
            StoredDataset s = (StoredDataset) d;
            b.append(String.format("%-24s %-13s %10d  %-24s %s  [%s]%n", d.name(), d.kind(), d.size(),
                    d.lastUpdatedMillis() == 0 ? "never" : Instant.ofEpochMilli(d.lastUpdatedMillis()).toString(),
                    d.source(), s.status()));
        }
        return b.toString();
    }
}
