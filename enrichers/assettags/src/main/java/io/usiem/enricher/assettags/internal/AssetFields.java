package io.usiem.enricher.assettags.internal;

import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;

/**
 * Asset fields. {@code host.asset.criticality} is the field Elastic Security's asset criticality uses (values
 * {@code low_impact} .. {@code extreme_impact}); the owner and the source/destination variants follow it.
 */
final class AssetFields {
    static final Field HOST_CRITICALITY = Field.of("host.asset.criticality", FieldType.KEYWORD);
    static final Field HOST_OWNER = Field.of("host.asset.owner", FieldType.KEYWORD);
    static final Field SOURCE_CRITICALITY = Field.of("source.asset.criticality", FieldType.KEYWORD);
    static final Field SOURCE_OWNER = Field.of("source.asset.owner", FieldType.KEYWORD);
    static final Field DESTINATION_CRITICALITY = Field.of("destination.asset.criticality", FieldType.KEYWORD);
    static final Field DESTINATION_OWNER = Field.of("destination.asset.owner", FieldType.KEYWORD);

    private AssetFields() {
    }
}
