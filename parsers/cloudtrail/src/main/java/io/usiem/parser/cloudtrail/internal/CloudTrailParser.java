package io.usiem.parser.cloudtrail.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

import io.usiem.api.event.Event;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.Fields;
import io.usiem.api.event.LogSource;
import io.usiem.api.event.OriginRole;
import io.usiem.api.parser.LogParser;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.ParserMetadata;
import io.usiem.api.parser.RawLog;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;

/**
 * AWS CloudTrail records: one record per line (CloudWatch Logs, SQS, Firehose, shippers), the file form
 * {@code {"Records":[...]}} as CloudTrail writes it to S3 (one event per record), and the EventBridge envelope
 * ({@code "detail-type": "AWS API Call via CloudTrail"}). Read with Jackson's streaming parser, no tree.
 */
@Component(service = LogParser.class)
public final class CloudTrailParser implements LogParser {
    static final LogSource LOGSOURCE = LogSource.of("aws", "cloudtrail", null);
    static final String MODULE = "aws";
    static final String DATASET = "aws.cloudtrail";
    /** Shared and thread-safe once configured; nesting bounded against hostile documents. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build();

    static final ParserMetadata METADATA = ParserMetadata.builder("aws-cloudtrail")
            .source("aws", "cloudtrail")
            .description("AWS CloudTrail records, the Records file form and EventBridge envelopes; ECS as Elastic's AWS CloudTrail.")
            .sourceTypes("aws:cloudtrail", "cloudtrail")
            .categories(EventCategory.CLOUD_AUDIT)
            .fields(Fields.EVENT_ACTION, Fields.EVENT_PROVIDER, Fields.EVENT_OUTCOME, Fields.EVENT_ID, Fields.CLOUD_PROVIDER,
                    Fields.CLOUD_REGION, Fields.CLOUD_ACCOUNT_ID, Fields.USER_NAME, Fields.USER_ID, Fields.SOURCE_IP,
                    Fields.SOURCE_ADDRESS, Fields.SOURCE_DOMAIN, Fields.USER_AGENT_ORIGINAL, Fields.RELATED_USER,
                    Fields.RELATED_IP, Fields.ERROR_CODE, CloudTrailFields.EVENT_TYPE, CloudTrailFields.ERROR_CODE,
                    CloudTrailFields.ERROR_MESSAGE, CloudTrailFields.REQUEST_PARAMETERS, CloudTrailFields.RESPONSE_ELEMENTS,
                    CloudTrailFields.UI_TYPE, CloudTrailFields.UI_ARN, CloudTrailFields.UI_ACCESS_KEY_ID,
                    CloudTrailFields.RECIPIENT_ACCOUNT_ID)
            .samples("{\"eventVersion\":\"1.08\",\"userIdentity\":{\"type\":\"IAMUser\",\"principalId\":\"AIDAEXAMPLE\",\"arn\":\"arn:aws:iam::123456789012:user/alice\",\"accountId\":\"123456789012\",\"accessKeyId\":\"AKIAEXAMPLE\",\"userName\":\"alice\"},\"eventTime\":\"2024-03-01T10:00:00Z\",\"eventSource\":\"iam.amazonaws.com\",\"eventName\":\"CreateUser\",\"awsRegion\":\"us-east-1\",\"sourceIPAddress\":\"198.51.100.7\",\"userAgent\":\"aws-cli/2.15.0\",\"requestParameters\":{\"userName\":\"bob\"},\"responseElements\":null,\"requestID\":\"1\",\"eventID\":\"e1\",\"readOnly\":false,\"eventType\":\"AwsApiCall\",\"managementEvent\":true,\"recipientAccountId\":\"123456789012\"}",
                    "{\"Records\":[{\"eventVersion\":\"1.05\",\"userIdentity\":{\"type\":\"Root\",\"principalId\":\"123456789012\",\"arn\":\"arn:aws:iam::123456789012:root\",\"accountId\":\"123456789012\"},\"eventTime\":\"2024-03-01T10:01:00Z\",\"eventSource\":\"signin.amazonaws.com\",\"eventName\":\"ConsoleLogin\",\"awsRegion\":\"us-east-1\",\"sourceIPAddress\":\"203.0.113.5\",\"userAgent\":\"Mozilla/5.0\",\"requestParameters\":null,\"responseElements\":{\"ConsoleLogin\":\"Failure\"},\"additionalEventData\":{\"MFAUsed\":\"No\"},\"eventID\":\"e2\",\"eventType\":\"AwsConsoleSignIn\",\"recipientAccountId\":\"123456789012\"}]}")
            .logSources(LOGSOURCE)
            .build();

    @Override
    public ParserMetadata metadata() {
        return METADATA;
    }

    @Override
    public ParseResult parse(RawLog raw) {
        String s = raw.message();
        int i = 0;
        int n = s.length();
        while (i < n && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        // Cheap guards before any JSON is read: other JSON logs are not this parser's.
        if (i >= n || s.charAt(i) != '{' || (s.indexOf("\"eventSource\"") < 0 && s.indexOf("\"Records\"") < 0)) {
            return ParseResult.notMine();
        }
        try (JsonParser p = JSON.createParser(s)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return ParseResult.notMine();
            }
            CloudTrailRecord top = new CloudTrailRecord();
            CloudTrailRecord detail = null;
            List<Event> events = null;
            boolean recordsArray = false;
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("Records".equals(name) && value == JsonToken.START_ARRAY) {
                    recordsArray = true;
                    events = records(p, s, raw);
                    if (events == null) {
                        return ParseResult.formatError("CloudTrail Records array holds something other than record objects");
                    }
                } else if ("detail".equals(name) && value == JsonToken.START_OBJECT) {
                    detail = new CloudTrailRecord();
                    detail.readObject(p, s);
                } else {
                    top.field(name, value, p, s);
                }
            }
            if (t != JsonToken.END_OBJECT) {
                return ParseResult.formatError("truncated CloudTrail JSON");
            }
            if (events != null && !events.isEmpty()) {
                return ParseResult.parsed(events);
            }
            if (detail != null && detail.isRecord()) {
                return ParseResult.parsed(build(detail, raw.newEventBuilder()));
            }
            if (top.isRecord()) {
                return ParseResult.parsed(build(top, raw.newEventBuilder()));
            }
            if (recordsArray) {
                return ParseResult.discard("CloudTrail file with no records");
            }
            if (top.eventSource != null || top.eventName != null) {
                return ParseResult.formatError("CloudTrail record without " + (top.eventSource == null ? "eventSource" : "eventName"));
            }
            return ParseResult.notMine();
        } catch (JsonProcessingException e) {
            return ParseResult.formatError("malformed CloudTrail JSON: " + shortMessage(e));
        } catch (IOException e) {
            return ParseResult.formatError("unreadable CloudTrail JSON: " + e.getMessage());
        }
    }

    /** Jackson's message without the source excerpt and location it appends. */
    private static String shortMessage(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        int cut = m.indexOf(" (start marker");
        if (cut < 0) {
            cut = m.indexOf('\n');
        }
        String text = cut < 0 ? m : m.substring(0, cut);
        return e.getLocation() == null ? text : text + " at column " + e.getLocation().getColumnNr();
    }

    /** @return the events of a Records array whose START_ARRAY is current, or null when an element is no record */
    private static List<Event> records(JsonParser p, String s, RawLog raw) throws IOException {
        List<Event> events = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
            long start = p.currentTokenLocation().getCharOffset();
            CloudTrailRecord r = new CloudTrailRecord();
            r.readObject(p, s);
            if (!r.isRecord()) {
                return null;
            }
            long end = p.currentLocation().getCharOffset();
            if (events.size() < Event.MAX_EVENTS_PER_LINE) {
                EventBuilder b = raw.newEventBuilder(events.size());
                if (start >= 0 && end <= s.length() && start < end) {
                    b.raw(s.substring((int) start, (int) end)); // each event keeps its own record, not the whole file
                }
                events.add(build(r, b));
            }
        }
        if (t != JsonToken.END_ARRAY) {
            return null;
        }
        return events;
    }

    private static Event build(CloudTrailRecord r, EventBuilder b) {
        b.observer("aws", "cloudtrail").logSource(LOGSOURCE).originRole(OriginRole.NONE);
        CloudTrailMapper.apply(r, b);
        b.set(Fields.EVENT_MODULE, MODULE).set(Fields.EVENT_DATASET, DATASET);
        return b.build();
    }
}
