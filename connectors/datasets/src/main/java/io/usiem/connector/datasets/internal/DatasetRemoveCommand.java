package io.usiem.connector.datasets.internal;

import java.io.IOException;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code siem:dataset-remove NAME [KEY]}: removes an entry, or without a key the whole dataset and its file. */
@Command(scope = "siem", name = "dataset-remove", description = "Removes an entry, or the whole dataset when no key is given")
@Service
public class DatasetRemoveCommand implements Action {
    @Reference
    DatasetsComponent datasets;

    @Argument(index = 0, name = "name", required = true, description = "Dataset name")
    String name;

    @Argument(index = 1, name = "key", description = "Entry to remove")
    String key;

    @Override
    public Object execute() throws IOException {
        DatasetManager m = datasets.manager();
        if (key == null) {
            System.out.println(m.delete(name, true) ? "Removed dataset " + name : "No dataset " + name);
        } else {
            System.out.println(m.remove(name, key) ? "Removed " + key : "Not in " + name + ": " + key);
        }
        return null;
    }
}
