package io.usiem.connector.storelucene.internal;

import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;
import io.usiem.api.event.Fields;

import java.util.Map;

/**
 * The index's schema: which Lucene field names exist and how each is indexed. Dictionary fields follow their
 * type; the event header goes under its JSON names; every other name (dynamic vendor fields, members of object
 * lists) is a keyword, so that one name is indexed the same way in every document (Lucene requires it).
 */
final class FieldMapping {
    static final String TIMESTAMP = "@timestamp";
    static final String INGESTED = "event.ingested";
    static final String ORIGINAL = "event.original";
    static final String SEQUENCE = "usiem.sequence";
    static final String TENANT = "organization.id";
    static final String KIND = "event.kind";
    static final String CATEGORY = "event.category";
    static final String TYPE = "event.type";
    static final String TAGS = "tags";
    static final String VENDOR = "observer.vendor";
    static final String PRODUCT = "observer.product";
    static final String USIEM_CATEGORY = "usiem.category";
    static final String SOURCE_TYPE = "usiem.source_type";
    static final String ORIGIN_HOST = "usiem.origin.hostname";
    static final String ORIGIN_IP = "usiem.origin.ip";
    static final String LS_PRODUCT = "usiem.logsource.product";
    static final String LS_SERVICE = "usiem.logsource.service";
    static final String LS_CATEGORY = "usiem.logsource.category";
    /** Stored binary codec form of the event (or alert). */
    static final String SOURCE = "_source";
    /** 2-D point (sequence, received nanos): the identity a replay is recognised by. */
    static final String IDENTITY = "_id";
    /** Keyword values longer than this are indexed cut (the stored event keeps them whole). */
    static final int MAX_KEYWORD_CHARS = 4096;

    private static final Map<String, IndexedKind> HEADER = Map.ofEntries(
            Map.entry(TIMESTAMP, IndexedKind.TIMESTAMP), Map.entry(INGESTED, IndexedKind.TIMESTAMP),
            Map.entry(ORIGINAL, IndexedKind.TEXT), Map.entry(SEQUENCE, IndexedKind.LONG),
            Map.entry(ORIGIN_IP, IndexedKind.IP));

    private FieldMapping() {
    }

    /**
     * @param name a field name as a query names it
     * @return how documents index it
     */
    static IndexedKind kindOf(String name) {
        IndexedKind header = HEADER.get(name);
        if (header != null) {
            return header;
        }
        Field f = Fields.byName(name);
        return f == null ? IndexedKind.KEYWORD : kindOf(f.type());
    }

    /** @return how a dictionary field of this type is indexed */
    static IndexedKind kindOf(FieldType type) {
        return switch (type) {
            case TEXT -> IndexedKind.TEXT;
            case IP, IP_LIST -> IndexedKind.IP;
            case LONG, LONG_LIST -> IndexedKind.LONG;
            case DOUBLE, DOUBLE_LIST -> IndexedKind.DOUBLE;
            case TIMESTAMP -> IndexedKind.TIMESTAMP;
            default -> IndexedKind.KEYWORD;
        };
    }
}
