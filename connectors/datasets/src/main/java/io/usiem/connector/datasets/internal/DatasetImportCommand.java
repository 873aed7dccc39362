package io.usiem.connector.datasets.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code siem:dataset-import --format F NAME FILE|URL}: adds a file's or URL's entries to a dataset once. */
@Command(scope = "siem", name = "dataset-import", description = "Imports a file or URL into a dataset (plain, csv, firehol, ipsum, aws, azure, gcp, stix, misp)")
@Service
public class DatasetImportCommand implements Action {
    @Reference
    DatasetsComponent datasets;

    @Argument(index = 0, name = "name", required = true, description = "Dataset name")
    String name;

    @Argument(index = 1, name = "source", required = true, description = "File path or http(s)/file URL")
    String source;

    @Option(name = "--format", description = "plain (default), csv, firehol, ipsum, aws, azure, gcp, stix, misp")
    String format = "plain";

    @Option(name = "--column", description = "CSV key column, 0-based")
    int column;

    @Option(name = "--value-column", description = "CSV value column, 0-based; -1 none")
    int valueColumn = -1;

    @Option(name = "--delimiter", description = "CSV delimiter")
    String delimiter = ",";

    @Option(name = "--header", description = "CSV: skip the first line")
    boolean header;

    @Option(name = "--min-count", description = "IPsum: minimum number of lists")
    int minCount = 1;

    @Override
    public Object execute() throws Exception {
        ImportOptions o = new ImportOptions(column, valueColumn, delimiter.isEmpty() ? ',' : delimiter.charAt(0), header, minCount);
        int n = datasets.manager().importOnce(name, source, FeedFormat.of(format), o);
        System.out.println("Imported " + n + " entries into " + name);
        return null;
    }
}
