package io.usiem.connector.storelucene.internal;

import io.usiem.api.alert.Alert;
import io.usiem.api.event.Event;

import java.util.Locale;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;

/** Maps an alert to its document: rule, severity, creation time, group-by values and its events' fields. */
final class AlertDocuments {
    static final String RULE_ID = "rule.id";
    static final String RULE_NAME = "rule.name";
    static final String SEVERITY = "alert.severity";
    static final String GROUP_BY = "alert.group_by.";

    private AlertDocuments() {
    }

    static Document toDocument(Alert a, DocumentMapper mapper, io.usiem.api.codec.EventBinaryCodec codec) {
        Document doc = new Document();
        doc.add(new StoredField(FieldMapping.SOURCE, AlertCodec.encode(a, codec)));
        doc.add(new LongField(FieldMapping.TIMESTAMP, a.createdNanos(), Field.Store.NO));
        DocumentMapper.keyword(doc, RULE_ID, a.ruleId());
        DocumentMapper.keyword(doc, RULE_NAME, a.ruleTitle());
        DocumentMapper.keyword(doc, SEVERITY, a.severity().name().toLowerCase(Locale.ROOT));
        DocumentMapper.keyword(doc, FieldMapping.TENANT, a.tenant());
        for (String t : a.tags()) {
            DocumentMapper.keyword(doc, FieldMapping.TAGS, t);
        }
        for (Map.Entry<String, String> g : a.groupBy().entrySet()) {
            DocumentMapper.keyword(doc, GROUP_BY + g.getKey(), g.getValue());
        }
        for (Event e : a.events()) {
            mapper.addFields(e, doc);
        }
        return doc;
    }
}
