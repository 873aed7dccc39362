package io.usiem.parser.cloudtrail.internal;

import static io.usiem.parser.cloudtrail.internal.CloudTrailFields.*;

import io.usiem.api.event.EcsCategory;
import io.usiem.api.event.EcsEventType;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.Field;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;

import java.time.DateTimeException;
import java.time.OffsetDateTime;

/** Turns a {@link CloudTrailRecord} into ECS fields, as Elastic's AWS CloudTrail integration maps them. */
final class CloudTrailMapper {
    private CloudTrailMapper() {
    }

    static void apply(CloudTrailRecord r, EventBuilder b) {
        long time = nanos(r.eventTime != null ? r.eventTime : r.fallbackTime);
        if (time != Long.MIN_VALUE) {
            b.eventNanos(time);
        }
        b.category(EventCategory.CLOUD_AUDIT).set(Fields.CLOUD_PROVIDER, "aws")
                .set(Fields.EVENT_PROVIDER, r.eventSource).set(Fields.EVENT_ACTION, r.eventName);
        set(b, Fields.EVENT_ID, r.eventId);
        set(b, Fields.CLOUD_REGION, r.awsRegion);
        String account = r.identity.accountId != null ? r.identity.accountId : r.recipientAccountId;
        set(b, Fields.CLOUD_ACCOUNT_ID, account);
        set(b, Fields.USER_AGENT_ORIGINAL, r.userAgent);
        source(b, r.sourceIp);
        identity(r.identity, b);
        set(b, EVENT_VERSION, r.eventVersion);
        set(b, EVENT_TYPE, r.eventType);
        set(b, EVENT_CATEGORY, r.eventCategory);
        set(b, REQUEST_ID, r.requestId);
        set(b, SHARED_EVENT_ID, r.sharedEventId);
        set(b, API_VERSION, r.apiVersion);
        set(b, RECIPIENT_ACCOUNT_ID, r.recipientAccountId);
        set(b, VPC_ENDPOINT_ID, r.vpcEndpointId);
        set(b, SESSION_CREDENTIAL_FROM_CONSOLE, r.sessionCredentialFromConsole);
        set(b, ERROR_CODE, r.errorCode);
        set(b, ERROR_MESSAGE, r.errorMessage);
        set(b, REQUEST_PARAMETERS, r.requestParameters);
        set(b, RESPONSE_ELEMENTS, r.responseElements);
        set(b, ADDITIONAL_EVENTDATA, r.additionalEventData);
        set(b, SERVICE_EVENT_DETAILS, r.serviceEventDetails);
        tls(r, b);
        if (r.readOnly != null) {
            b.set(READ_ONLY, r.readOnly.booleanValue());
        }
        if (r.managementEvent != null) {
            b.set(MANAGEMENT_EVENT, r.managementEvent.booleanValue());
        }
        if (r.errorCode != null) {
            set(b, Fields.ERROR_CODE, r.errorCode);
            set(b, Fields.ERROR_MESSAGE, r.errorMessage);
        }
        r.applyFlattened(b);
        if (r.resourceList != null) {
            b.setObjects(RESOURCES_LIST, r.resourceList);
        }
        targets(b);
        boolean failed = r.errorCode != null || r.errorMessage != null;
        String outcome = failed ? "failure" : "success";
        if ("ConsoleLogin".equals(r.eventName)) {
            Object answer = b.get(Field.of("aws.cloudtrail.flattened.response_elements.ConsoleLogin"));
            if (answer instanceof String) {
                outcome = ((String) answer).toLowerCase(java.util.Locale.ROOT);
                failed = "failure".equals(outcome);
            }
            consoleLogin(b);
        }
        b.set(Fields.EVENT_OUTCOME, outcome);
        categorize(r, failed, b);
    }

    /** The accounts and groups a call acted on, from its request and response, as Elastic sets them. */
    private static void targets(EventBuilder b) {
        Object target = b.get(Field.of("aws.cloudtrail.flattened.request_parameters.userName"));
        if (target instanceof String) {
            b.set(Fields.USER_TARGET_NAME, (String) target);
            b.append(Fields.RELATED_USER, (String) target);
        }
        Object renamed = b.get(Field.of("aws.cloudtrail.flattened.request_parameters.newUserName"));
        if (renamed instanceof String) {
            b.set(Fields.USER_CHANGES_NAME, (String) renamed);
            b.append(Fields.RELATED_USER, (String) renamed);
        }
        Object group = b.get(Field.of("aws.cloudtrail.flattened.request_parameters.groupName"));
        if (group instanceof String) {
            b.set(Fields.GROUP_NAME, (String) group);
        }
        Object groupId = b.get(Field.of("aws.cloudtrail.flattened.response_elements.group.groupId"));
        if (groupId instanceof String) {
            b.set(Fields.GROUP_ID, (String) groupId);
        }
        Object userId = b.get(Field.of("aws.cloudtrail.flattened.response_elements.user.userId"));
        if (userId instanceof String) {
            b.set(Fields.USER_TARGET_ID, (String) userId);
        }
    }

    /** tlsDetails as ECS tls.*: {@code TLSv1.2} is protocol {@code tls}, version {@code 1.2}. */
    private static void tls(CloudTrailRecord r, EventBuilder b) {
        if (r.tlsVersion != null) {
            int v = r.tlsVersion.indexOf('v');
            if (v > 0) {
                b.set(TLS_VERSION_PROTOCOL, r.tlsVersion.substring(0, v).toLowerCase(java.util.Locale.ROOT));
                set(b, TLS_VERSION, r.tlsVersion.substring(v + 1));
            } else {
                set(b, TLS_VERSION, r.tlsVersion);
            }
        }
        set(b, TLS_CIPHER, r.tlsCipher);
        set(b, TLS_SERVER_NAME, r.tlsHost);
    }

    private static void identity(CloudTrailRecord.UserIdentity u, EventBuilder b) {
        set(b, UI_TYPE, u.type);
        set(b, UI_ARN, u.arn);
        set(b, UI_ACCESS_KEY_ID, u.accessKeyId);
        set(b, UI_INVOKED_BY, u.invokedBy);
        set(b, UI_MFA, u.mfaAuthenticated);
        set(b, UI_SOURCE_IDENTITY, u.sourceIdentity);
        long created = nanos(u.creationDate);
        if (created != Long.MIN_VALUE) {
            b.setTimestamp(UI_CREATION_DATE, created);
        }
        set(b, ISSUER_TYPE, u.issuerType);
        set(b, ISSUER_PRINCIPAL_ID, u.issuerPrincipalId);
        set(b, ISSUER_ARN, u.issuerArn);
        set(b, ISSUER_ACCOUNT_ID, u.issuerAccountId);
        set(b, ISSUER_USER_NAME, u.issuerUserName);
        set(b, Fields.USER_ID, u.principalId);
        // As Elastic: the IAM user's name, else the role an assumed-role session was issued by.
        String name = u.userName != null && !u.userName.isEmpty() ? u.userName : u.issuerUserName;
        if (name != null && !name.isEmpty()) {
            b.set(Fields.USER_NAME, name);
            b.append(Fields.RELATED_USER, name);
        }
        if (u.issuerUserName != null && !u.issuerUserName.isEmpty() && !u.issuerUserName.equals(name)) {
            b.append(Fields.RELATED_USER, u.issuerUserName);
        }
    }

    private static void source(EventBuilder b, String address) {
        if (address == null || address.isEmpty()) {
            return;
        }
        b.set(Fields.SOURCE_ADDRESS, address);
        IpAddress ip = IpAddress.tryParse(address);
        if (ip != null) {
            b.set(Fields.SOURCE_IP, ip);
            b.append(Fields.RELATED_IP, ip);
        } else {
            // An AWS service calling on a user's behalf (ec2.amazonaws.com) or "AWS Internal".
            b.set(Fields.SOURCE_DOMAIN, address);
        }
    }

    private static void consoleLogin(EventBuilder b) {
        Object mfa = b.get(Field.of("aws.cloudtrail.flattened.additional_eventdata.MFAUsed"));
        if (mfa instanceof String) {
            b.set(CONSOLE_LOGIN_MFA_USED, "Yes".equalsIgnoreCase((String) mfa));
        }
        Object mobile = b.get(Field.of("aws.cloudtrail.flattened.additional_eventdata.MobileVersion"));
        if (mobile instanceof String) {
            b.set(CONSOLE_LOGIN_MOBILE_VERSION, "Yes".equalsIgnoreCase((String) mobile));
        }
        Object loginTo = b.get(Field.of("aws.cloudtrail.flattened.additional_eventdata.LoginTo"));
        if (loginTo instanceof String) {
            b.set(CONSOLE_LOGIN_LOGIN_TO, (String) loginTo);
        }
    }

    /** ECS category and type as Elastic's table gives them; calls it does not list are api / info. */
    private static void categorize(CloudTrailRecord r, boolean failed, EventBuilder b) {
        Categories.Ecs ecs = Categories.of(r.eventName);
        if (ecs != null) {
            b.ecsCategory(ecs.category()).ecsType(ecs.types());
        } else {
            b.ecsCategory(EcsCategory.API).ecsType(EcsEventType.INFO);
        }
        if (failed && r.errorCode != null && (r.errorCode.contains("AccessDenied") || r.errorCode.contains("Unauthorized"))) {
            b.ecsType(EcsEventType.DENIED);
        }
    }

    private static void set(EventBuilder b, Field f, String value) {
        if (value != null && !value.isEmpty()) {
            b.set(f, value);
        }
    }

    /** @return nanoseconds of an ISO-8601 time ({@code 2020-09-14T00:44:23Z}), or Long.MIN_VALUE */
    static long nanos(String text) {
        if (text == null) {
            return Long.MIN_VALUE;
        }
        try {
            OffsetDateTime t = OffsetDateTime.parse(text);
            return t.toEpochSecond() * 1_000_000_000L + t.getNano();
        } catch (DateTimeException e) {
            return Long.MIN_VALUE;
        }
    }
}
