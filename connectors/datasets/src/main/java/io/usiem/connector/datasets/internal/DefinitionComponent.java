package io.usiem.connector.datasets.internal;

import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import io.usiem.api.dataset.DatasetKind;

/** One dataset definition from a factory configuration {@code io.usiem.connector.datasets.definition-NAME}. */
@Component(configurationPid = "io.usiem.connector.datasets.definition", configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = {})
@Designate(ocd = DefinitionConfig.class, factory = true)
public final class DefinitionComponent {
    private final DatasetsComponent datasets;
    private final String name;

    @Activate
    public DefinitionComponent(@Reference DatasetsComponent datasets, DefinitionConfig c) {
        this.datasets = datasets;
        Definition def = toDefinition(c);
        this.name = def.name();
        // a feed is fetched by the maintenance thread within a second (it is due at once)
        datasets.manager().define(def);
    }

    static Definition toDefinition(DefinitionConfig c) {
        DatasetKind kind;
        try {
            kind = DatasetKind.valueOf(c.kind().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("dataset " + c.name() + ": unknown kind '" + c.kind() + "'", e);
        }
        if (c.csv_delimiter().length() != 1) {
            throw new IllegalArgumentException("dataset " + c.name() + ": csv.delimiter must be one character");
        }
        ImportOptions o = new ImportOptions(c.csv_column(), c.csv_value_column(), c.csv_delimiter().charAt(0), c.csv_header(),
                c.ipsum_min_count());
        return new Definition(c.name(), kind, c.ttl_seconds() * 1000, c.tenant(), c.case_sensitive(), c.source().trim(),
                FeedFormat.of(c.format()), o, c.refresh_seconds());
    }

    @Deactivate
    void deactivate() {
        datasets.manager().undefine(name);
    }
}
