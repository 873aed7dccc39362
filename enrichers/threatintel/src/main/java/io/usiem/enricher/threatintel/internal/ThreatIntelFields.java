package io.usiem.enricher.threatintel.internal;

import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;

/** ECS {@code threat.indicator.*} fields the dictionary does not hold yet. */
final class ThreatIntelFields {
    static final Field INDICATOR_URL_ORIGINAL = Field.of("threat.indicator.url.original", FieldType.KEYWORD);
    static final Field INDICATOR_FILE_HASH_MD5 = Field.of("threat.indicator.file.hash.md5", FieldType.KEYWORD);
    static final Field INDICATOR_FILE_HASH_SHA1 = Field.of("threat.indicator.file.hash.sha1", FieldType.KEYWORD);
    static final Field INDICATOR_FILE_HASH_SHA256 = Field.of("threat.indicator.file.hash.sha256", FieldType.KEYWORD);
    static final Field INDICATOR_DESCRIPTION = Field.of("threat.indicator.description", FieldType.KEYWORD);
    /** Which event field matched (ECS {@code threat.enrichments.matched.field} in spirit, flat here). */
    static final Field INDICATOR_MATCHED_FIELD = Field.of("threat.indicator.matched.field", FieldType.KEYWORD);

    private ThreatIntelFields() {
    }
}
