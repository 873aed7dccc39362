package io.usiem.connector.datasets.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** One dataset (factory PID {@code io.usiem.connector.datasets.definition}). */
@ObjectClassDefinition(name = "uSIEM dataset", description = "A named dataset, optionally filled from a feed")
@interface DefinitionConfig {
    @AttributeDefinition(description = "Unique name (letters, digits, '_', '.', '-')")
    String name();

    @AttributeDefinition(description = "Kind", options = {@Option(value = "IP_SET"), @Option(value = "CIDR_SET"),
            @Option(value = "IP_MAP"), @Option(value = "TEXT_SET"), @Option(value = "TEXT_MAP"), @Option(value = "TEXT_LIST_MAP")})
    String kind() default "IP_SET";

    @AttributeDefinition(description = "Default entry lifetime in seconds, 0: entries never expire", min = "0")
    long ttl_seconds() default 0;

    @AttributeDefinition(description = "Tenant the dataset applies to; empty: all tenants")
    String tenant() default "";

    @AttributeDefinition(description = "Keep the case of text keys (default: compare case-insensitively)")
    boolean case_sensitive() default false;

    @AttributeDefinition(description = "Feed: http(s) URL, file: URL or file path; empty for a dataset filled by commands and connectors")
    String source() default "";

    @AttributeDefinition(description = "Feed format", options = {@Option(value = "plain"), @Option(value = "csv"),
            @Option(value = "firehol"), @Option(value = "ipsum"), @Option(value = "aws"), @Option(value = "azure"),
            @Option(value = "gcp"), @Option(value = "stix"), @Option(value = "misp")})
    String format() default "plain";

    @AttributeDefinition(description = "Seconds between feed refreshes (conditional GET); 0: once at start", min = "0")
    long refresh_seconds() default 3600;

    @AttributeDefinition(description = "CSV: 0-based key column", min = "0")
    int csv_column() default 0;

    @AttributeDefinition(description = "CSV: 0-based value column, -1 for none", min = "-1")
    int csv_value_column() default -1;

    @AttributeDefinition(description = "CSV: delimiter")
    String csv_delimiter() default ",";

    @AttributeDefinition(description = "CSV: the first line is a header")
    boolean csv_header() default false;

    @AttributeDefinition(description = "IPsum: minimum number of blacklists an address is on", min = "1")
    int ipsum_min_count() default 3;
}
