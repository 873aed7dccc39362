package io.usiem.connector.datasets.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code siem:dataset-refresh NAME}: fetches a dataset's feed now (conditional GET) and prints its status. */
@Command(scope = "siem", name = "dataset-refresh", description = "Fetches a dataset's feed now and shows the result")
@Service
public class DatasetRefreshCommand implements Action {
    @Reference
    DatasetsComponent datasets;

    @Argument(index = 0, name = "name", required = true, description = "Dataset name")
    String name;

    @Override
    public Object execute() {
        DatasetManager m = datasets.manager();
        if (!m.refresh(name)) {
            System.out.println(m.get(name) == null ? "No dataset " + name : name + " has no feed (source)");
        } else {
            System.out.println(name + ": " + m.get(name).status());
        }
        return null;
    }
}
