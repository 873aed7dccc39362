package io.usiem.parser.cloudtrail.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One CloudTrail record read from a streaming parser: the values the event needs, kept until the whole record is
 * read because the outcome (errorCode) and the category (eventName, eventSource) may come in any order. The nested
 * request, response and additional data are kept as their JSON text and their scalar leaves as
 * {@code aws.cloudtrail.flattened.<object>.<path>} fields, the names Sigma rules use once mapped. Mutable, one per record.
 */
final class CloudTrailRecord {
    /** Leaves kept per nested object: enough for real requests, bounded against hostile ones. */
    private static final int MAX_LEAVES = 128;
    private static final int MAX_DEPTH = 8;
    private static final int MAX_KEY = 128;

    String eventVersion;
    String eventTime;
    String fallbackTime;
    String eventSource;
    String eventName;
    String awsRegion;
    String sourceIp;
    String userAgent;
    String errorCode;
    String errorMessage;
    String requestId;
    String eventId;
    String eventType;
    String eventCategory;
    String apiVersion;
    String recipientAccountId;
    String sharedEventId;
    String vpcEndpointId;
    String sessionCredentialFromConsole;
    Boolean readOnly;
    Boolean managementEvent;
    String requestParameters;
    String responseElements;
    String additionalEventData;
    String serviceEventDetails;
    /** resources as objects (arn, account_id, type), null when absent. */
    List<java.util.Map<String, Object>> resourceList;
    String tlsVersion;
    String tlsCipher;
    String tlsHost;
    final UserIdentity identity = new UserIdentity();
    /** Flattened leaves: field and value, in order. */
    final List<Object> flattened = new ArrayList<>();

    /** The userIdentity block. */
    static final class UserIdentity {
        String type;
        String principalId;
        String arn;
        String accountId;
        String accessKeyId;
        String userName;
        String invokedBy;
        String mfaAuthenticated;
        String creationDate;
        String sourceIdentity;
        String issuerType;
        String issuerPrincipalId;
        String issuerArn;
        String issuerAccountId;
        String issuerUserName;
    }

    /** @return whether what was read looks like a CloudTrail record */
    boolean isRecord() {
        return eventSource != null && eventName != null;
    }

    /** Reads the fields of an object whose START_OBJECT was just read, through its END_OBJECT. */
    void readObject(JsonParser p, String src) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            field(name, p.nextToken(), p, src);
        }
    }

    /** Reads one top-level field whose value token is current. */
    void field(String name, JsonToken t, JsonParser p, String src) throws IOException {
        switch (name) {
            case "eventVersion": eventVersion = text(p, t); break;
            case "eventTime": eventTime = text(p, t); break;
            case "@timestamp": fallbackTime = text(p, t); break;
            case "eventSource": eventSource = text(p, t); break;
            case "eventName": eventName = text(p, t); break;
            case "awsRegion": awsRegion = text(p, t); break;
            case "sourceIPAddress": sourceIp = text(p, t); break;
            case "userAgent": userAgent = text(p, t); break;
            case "errorCode": errorCode = text(p, t); break;
            case "errorMessage": errorMessage = text(p, t); break;
            case "requestID": requestId = text(p, t); break;
            case "eventID": eventId = text(p, t); break;
            case "eventType": eventType = text(p, t); break;
            case "eventCategory": eventCategory = text(p, t); break;
            case "apiVersion": apiVersion = text(p, t); break;
            case "recipientAccountId": recipientAccountId = text(p, t); break;
            case "sharedEventID": sharedEventId = text(p, t); break;
            case "vpcEndpointId": vpcEndpointId = text(p, t); break;
            case "sessionCredentialFromConsole": sessionCredentialFromConsole = text(p, t); break;
            case "readOnly": readOnly = bool(p, t); break;
            case "managementEvent": managementEvent = bool(p, t); break;
            case "requestParameters": requestParameters = nested(p, t, src, "request_parameters"); break;
            case "responseElements": responseElements = nested(p, t, src, "response_elements"); break;
            case "additionalEventData": additionalEventData = nested(p, t, src, "additional_eventdata"); break;
            case "serviceEventDetails": serviceEventDetails = nested(p, t, src, "service_event_details"); break;
            case "resources": resources(p, t); break;
            case "userIdentity": userIdentity(p, t); break;
            case "tlsDetails": tlsDetails(p, t); break;
            default: p.skipChildren();
        }
    }

    private void userIdentity(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        UserIdentity u = identity;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            switch (name) {
                case "type": u.type = text(p, v); break;
                case "principalId": u.principalId = text(p, v); break;
                case "arn": u.arn = text(p, v); break;
                case "accountId": u.accountId = text(p, v); break;
                case "accessKeyId": u.accessKeyId = text(p, v); break;
                case "userName": u.userName = text(p, v); break;
                case "invokedBy": u.invokedBy = text(p, v); break;
                case "sessionContext": sessionContext(p, v); break;
                default: p.skipChildren();
            }
        }
    }

    private void sessionContext(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        UserIdentity u = identity;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if ("sourceIdentity".equals(name)) {
                u.sourceIdentity = text(p, v);
            } else if (v == JsonToken.START_OBJECT && ("attributes".equals(name) || "sessionIssuer".equals(name))) {
                boolean issuer = "sessionIssuer".equals(name);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonToken w = p.nextToken();
                    String value = text(p, w);
                    if (issuer) {
                        switch (key) {
                            case "type": u.issuerType = value; break;
                            case "principalId": u.issuerPrincipalId = value; break;
                            case "arn": u.issuerArn = value; break;
                            case "accountId": u.issuerAccountId = value; break;
                            case "userName": u.issuerUserName = value; break;
                            default: break;
                        }
                    } else if ("mfaAuthenticated".equals(key)) {
                        u.mfaAuthenticated = value;
                    } else if ("creationDate".equals(key)) {
                        u.creationDate = value;
                    }
                }
            } else {
                p.skipChildren();
            }
        }
    }

    /** {@code [{"accountId":..,"type":..,"ARN":..}]}: scalar members kept, ARN and accountId renamed as Elastic does. */
    private void resources(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        List<java.util.Map<String, Object>> list = new ArrayList<>();
        JsonToken e;
        while ((e = p.nextToken()) != JsonToken.END_ARRAY && e != null) {
            if (e != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            java.util.Map<String, Object> resource = new java.util.LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken v = p.nextToken();
                String value = text(p, v);
                if (value != null && list.size() < MAX_LEAVES && key.length() <= MAX_KEY) {
                    resource.put("ARN".equals(key) ? "arn" : "accountId".equals(key) ? "account_id" : key, value);
                }
            }
            if (!resource.isEmpty() && list.size() < MAX_LEAVES && !list.contains(resource)) {
                list.add(resource);
            }
        }
        resourceList = list.isEmpty() ? null : list;
    }

    private void tlsDetails(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            switch (name) {
                case "tlsVersion": tlsVersion = text(p, v); break;
                case "cipherSuite": tlsCipher = text(p, v); break;
                case "clientProvidedHostHeader": tlsHost = text(p, v); break;
                default: p.skipChildren();
            }
        }
    }

    /** A scalar as text; an object or array is skipped (null). */
    private static String text(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            p.skipChildren();
            return null;
        }
        return t == JsonToken.VALUE_NULL ? null : p.getText();
    }

    private static Boolean bool(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        String s = text(p, t);
        return s == null ? null : Boolean.valueOf("true".equalsIgnoreCase(s));
    }

    /** The JSON text of the value, as written in the record. */
    private static String raw(JsonParser p, JsonToken t, String src) throws IOException {
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            return text(p, t);
        }
        long start = p.currentTokenLocation().getCharOffset();
        p.skipChildren();
        long end = p.currentLocation().getCharOffset();
        return slice(src, start, end);
    }

    /** The JSON text of a nested object, and its scalar leaves as flattened fields. */
    private String nested(JsonParser p, JsonToken t, String src, String object) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            return t == JsonToken.START_ARRAY ? raw(p, t, src) : text(p, t);
        }
        long start = p.currentTokenLocation().getCharOffset();
        flatten(p, new StringBuilder("aws.cloudtrail.flattened.").append(object), 1);
        long end = p.currentLocation().getCharOffset();
        return slice(src, start, end);
    }

    /** Walks an object whose START_OBJECT is current, through its END_OBJECT. */
    private void flatten(JsonParser p, StringBuilder path, int depth) throws IOException {
        int base = path.length();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken v = p.nextToken();
            if (key.isEmpty() || key.length() > MAX_KEY || depth > MAX_DEPTH || flattened.size() >= 2 * MAX_LEAVES) {
                p.skipChildren();
                continue;
            }
            path.setLength(base);
            path.append('.').append(key);
            if (v == JsonToken.START_OBJECT) {
                flatten(p, path, depth + 1);
            } else if (v == JsonToken.START_ARRAY) {
                List<String> values = new ArrayList<>();
                while ((v = p.nextToken()) != JsonToken.END_ARRAY && v != null) {
                    if (v == JsonToken.START_OBJECT) {
                        flatten(p, path, depth + 1);
                    } else if (v == JsonToken.START_ARRAY) {
                        p.skipChildren();
                    } else if (v != JsonToken.VALUE_NULL && values.size() < MAX_LEAVES) {
                        values.add(p.getText());
                    }
                }
                if (!values.isEmpty()) {
                    flattened.add(Field.of(path.toString(), FieldType.KEYWORD_LIST));
                    flattened.add(values);
                }
            } else if (v != JsonToken.VALUE_NULL) {
                flattened.add(Field.of(path.toString(), FieldType.KEYWORD));
                flattened.add(p.getText());
            }
        }
        path.setLength(base);
    }

    private static String slice(String src, long start, long end) {
        if (start < 0 || end > src.length() || start >= end) {
            return null;
        }
        return src.substring((int) start, (int) end);
    }

    /** Sets the flattened leaves; a name met twice (objects in arrays) keeps its first value. */
    @SuppressWarnings("unchecked")
    void applyFlattened(EventBuilder b) {
        for (int i = 0; i < flattened.size(); i += 2) {
            Field f = (Field) flattened.get(i);
            if (b.has(f)) {
                continue;
            }
            Object v = flattened.get(i + 1);
            if (v instanceof String && f.type() == FieldType.KEYWORD) {
                b.set(f, (String) v);
            } else if (v instanceof List && f.type() == FieldType.KEYWORD_LIST) {
                b.set(f, (List<String>) v);
            }
        }
    }
}
