package io.usiem.connector.storelucene.internal;

import io.usiem.api.codec.EventBinaryCodec;
import io.usiem.api.event.EcsCategory;
import io.usiem.api.event.EcsEventType;
import io.usiem.api.event.Event;
import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;
import io.usiem.api.event.FieldVisitor;
import io.usiem.api.event.IpAddress;
import io.usiem.api.event.LogSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * Turns an event into a Lucene document, typed by {@link FieldMapping}: the header under its JSON names, every
 * value of every field, the raw message analysed, and the event's binary codec form stored so that a hit reads
 * back into the exact event. Not thread-safe (reuses its codec and header fields): one per batch.
 */
final class DocumentMapper {
    /** Words of the raw message and text fields, and the parts of dotted words (see {@link LogTokenizer}); queries are split alike, without the parts. */
    static final Analyzer ANALYZER = LogTokenizer.ANALYZER;
    private static final org.apache.lucene.document.FieldType IP_POINT = ipPointType();

    private final EventBinaryCodec codec = new EventBinaryCodec();
    private final Visitor visitor = new Visitor();

    private static org.apache.lucene.document.FieldType ipPointType() {
        org.apache.lucene.document.FieldType t = new org.apache.lucene.document.FieldType();
        t.setDimensions(1, IpBytes.LENGTH);
        t.freeze();
        return t;
    }

    // Every event has these: one instance each, given the event's values (Lucene reads a document's fields only
    // while adding it, so a field may be reused for the next document once addDocument returned).
    private final StoredField source = new StoredField(FieldMapping.SOURCE, new byte[0]);
    private final LongPoint identity = new LongPoint(FieldMapping.IDENTITY, 0, 0);
    private final LongField timestamp = new LongField(FieldMapping.TIMESTAMP, 0, org.apache.lucene.document.Field.Store.NO);
    private final LongField ingested = new LongField(FieldMapping.INGESTED, 0, org.apache.lucene.document.Field.Store.NO);
    private final LongField sequence = new LongField(FieldMapping.SEQUENCE, 0, org.apache.lucene.document.Field.Store.NO);
    private final TextField original = new TextField(FieldMapping.ORIGINAL, "", org.apache.lucene.document.Field.Store.NO);

    /**
     * @param event an event
     * @return its document, with identity, header, fields and stored source; add it to the index before the next
     *     call, which reuses its header field instances
     */
    Document toDocument(Event event) {
        Document doc = new Document();
        source.setBytesValue(codec.encode(event));
        identity.setLongValues(event.sequence(), event.receivedNanos());
        timestamp.setLongValue(event.eventNanos());
        ingested.setLongValue(event.receivedNanos());
        sequence.setLongValue(event.sequence());
        original.setStringValue(event.raw());
        doc.add(source);
        doc.add(identity);
        doc.add(timestamp);
        doc.add(ingested);
        doc.add(sequence);
        doc.add(original);
        addFields(event, doc);
        return doc;
    }

    /** Adds the header keywords and every field of the event (also used for the events of an alert). */
    void addFields(Event event, Document doc) {
        keyword(doc, FieldMapping.TENANT, event.tenant());
        keyword(doc, FieldMapping.KIND, event.kind().ecsName());
        for (EcsCategory c : event.ecsCategories()) {
            keyword(doc, FieldMapping.CATEGORY, c.ecsName());
        }
        for (EcsEventType t : event.ecsTypes()) {
            keyword(doc, FieldMapping.TYPE, t.ecsName());
        }
        for (String tag : event.tags()) {
            keyword(doc, FieldMapping.TAGS, tag);
        }
        keyword(doc, FieldMapping.USIEM_CATEGORY, event.category().name());
        keyword(doc, FieldMapping.VENDOR, event.observerVendor());
        keyword(doc, FieldMapping.PRODUCT, event.observerProduct());
        keyword(doc, FieldMapping.SOURCE_TYPE, event.sourceType());
        keyword(doc, FieldMapping.ORIGIN_HOST, event.originHost());
        if (event.originIp() != null) {
            ip(doc, FieldMapping.ORIGIN_IP, event.originIp());
        }
        LogSource ls = event.logSource();
        if (ls != null) {
            keyword(doc, FieldMapping.LS_PRODUCT, ls.product());
            keyword(doc, FieldMapping.LS_SERVICE, ls.service());
            keyword(doc, FieldMapping.LS_CATEGORY, ls.category());
        }
        visitor.doc = doc;
        event.forEach(visitor);
        visitor.doc = null;
    }

    static void keyword(Document doc, String name, String value) {
        if (value != null) {
            String v = value.length() > FieldMapping.MAX_KEYWORD_CHARS ? value.substring(0, FieldMapping.MAX_KEYWORD_CHARS) : value;
            doc.add(new KeywordField(name, v, org.apache.lucene.document.Field.Store.NO));
        }
    }

    static void ip(Document doc, String name, IpAddress ip) {
        BytesRef bytes = new BytesRef(IpBytes.encode(ip));
        doc.add(new org.apache.lucene.document.Field(name, bytes, IP_POINT));
        doc.add(new SortedSetDocValuesField(name, bytes));
    }

    /** Writes each field in its indexed kind; dynamic fields are keywords whatever their value type. */
    private static final class Visitor implements FieldVisitor {
        Document doc;

        @Override
        public void text(Field field, String value) {
            if (field.type() == FieldType.TEXT && !field.isDynamic()) {
                doc.add(new TextField(field.name(), value, org.apache.lucene.document.Field.Store.NO));
            } else {
                keyword(doc, field.name(), value);
            }
        }

        @Override
        public void ip(Field field, IpAddress value) {
            if (field.isDynamic()) {
                keyword(doc, field.name(), value.toString());
            } else {
                DocumentMapper.ip(doc, field.name(), value);
            }
        }

        @Override
        public void longValue(Field field, long value) {
            if (field.isDynamic()) {
                keyword(doc, field.name(), Long.toString(value));
            } else {
                doc.add(new LongField(field.name(), value, org.apache.lucene.document.Field.Store.NO));
            }
        }

        @Override
        public void doubleValue(Field field, double value) {
            if (field.isDynamic()) {
                keyword(doc, field.name(), Double.toString(value));
            } else {
                doc.add(new DoubleField(field.name(), value, org.apache.lucene.document.Field.Store.NO));
            }
        }

        @Override
        public void timestamp(Field field, long epochNanos) {
            if (field.isDynamic()) {
                keyword(doc, field.name(), Instant.ofEpochSecond(0, epochNanos).toString());
            } else {
                doc.add(new LongField(field.name(), epochNanos, org.apache.lucene.document.Field.Store.NO));
            }
        }

        @Override
        public void booleanValue(Field field, boolean value) {
            keyword(doc, field.name(), value ? "true" : "false");
        }

        @Override
        public void list(Field field, List<String> values) {
            for (int i = 0; i < values.size(); i++) {
                keyword(doc, field.name(), values.get(i));
            }
        }

        @Override
        public void ipList(Field field, List<IpAddress> values) {
            for (int i = 0; i < values.size(); i++) {
                ip(field, values.get(i));
            }
        }

        @Override
        public void longList(Field field, List<Long> values) {
            for (int i = 0; i < values.size(); i++) {
                longValue(field, values.get(i));
            }
        }

        @Override
        public void doubleList(Field field, List<Double> values) {
            for (int i = 0; i < values.size(); i++) {
                doubleValue(field, values.get(i));
            }
        }

        @Override
        public void objectList(Field field, List<Map<String, Object>> values) {
            for (Map<String, Object> object : values) {
                for (Map.Entry<String, Object> member : object.entrySet()) {
                    String path = field.name() + "." + member.getKey();
                    if (FieldMapping.kindOf(path) == IndexedKind.KEYWORD) {
                        member(path, member.getValue());
                    }
                }
            }
        }

        private void member(String path, Object value) {
            if (value instanceof List<?> list) {
                for (Object o : list) {
                    member(path, o);
                }
            } else if (value != null && !(value instanceof Map)) {
                keyword(doc, path, value.toString());
            }
        }
    }
}
