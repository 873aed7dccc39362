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
        String account = r.recipientAccountId != null ? r.recipientAccountId : r.identity.accountId;
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
        set(b, RESOURCES, r.resources);
        set(b, TLS_VERSION, r.tlsVersion);
        set(b, TLS_CIPHER, r.tlsCipher);
        set(b, TLS_HOST, r.tlsHost);
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
        boolean failed = r.errorCode != null;
        if ("ConsoleLogin".equals(r.eventName)) {
            failed |= "Failure".equals(b.get(Field.of("aws.cloudtrail.flattened.response_elements.ConsoleLogin")));
            consoleLogin(b);
        }
        b.set(Fields.EVENT_OUTCOME, failed ? "failure" : "success");
        categorize(r, failed, b);
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
        String name = u.userName;
        if (name == null && u.arn != null && ("AssumedRole".equals(u.type) || "FederatedUser".equals(u.type))) {
            // The session name: for SSO and federated sessions, the person behind the role.
            name = u.arn.substring(u.arn.lastIndexOf('/') + 1);
        }
        if (name == null && "Root".equals(u.type)) {
            name = "root";
        }
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

    /** ECS category and type from the API called: authentication for sign-ins, iam for IAM, api otherwise. */
    private static void categorize(CloudTrailRecord r, boolean failed, EventBuilder b) {
        String name = r.eventName;
        String source = r.eventSource;
        if ("ConsoleLogin".equals(name) || "signin.amazonaws.com".equals(source) && name.contains("Login")) {
            b.ecsCategory(EcsCategory.AUTHENTICATION, EcsCategory.SESSION).ecsType(EcsEventType.START);
            return;
        }
        if ("sts.amazonaws.com".equals(source) && (name.startsWith("AssumeRole") || name.equals("GetSessionToken")
                || name.equals("GetFederationToken"))) {
            b.ecsCategory(EcsCategory.AUTHENTICATION).ecsType(EcsEventType.INFO);
            return;
        }
        EcsEventType verb = verb(name, r.readOnly);
        if ("iam.amazonaws.com".equals(source)) {
            b.ecsCategory(EcsCategory.IAM);
            if (name.contains("Group")) {
                b.ecsType(EcsEventType.GROUP);
            } else if (name.contains("User") || name.contains("LoginProfile") || name.contains("AccessKey")) {
                b.ecsType(EcsEventType.USER);
            } else if (verb != EcsEventType.ACCESS && verb != EcsEventType.INFO) {
                b.ecsType(EcsEventType.ADMIN);
            }
            b.ecsType(verb == EcsEventType.ACCESS ? EcsEventType.INFO : verb);
        } else {
            b.ecsCategory(EcsCategory.API).ecsType(verb);
        }
        if (failed && r.errorCode != null && (r.errorCode.contains("AccessDenied") || r.errorCode.contains("Unauthorized"))) {
            b.ecsType(EcsEventType.DENIED);
        }
    }

    private static EcsEventType verb(String name, Boolean readOnly) {
        if (name.startsWith("Create") || name.startsWith("Run") || name.startsWith("Register")) {
            return EcsEventType.CREATION;
        }
        if (name.startsWith("Delete") || name.startsWith("Terminate") || name.startsWith("Deregister")) {
            return EcsEventType.DELETION;
        }
        if (Boolean.TRUE.equals(readOnly) || name.startsWith("Get") || name.startsWith("List") || name.startsWith("Describe")
                || name.startsWith("Head") || name.startsWith("Lookup")) {
            return EcsEventType.ACCESS;
        }
        return EcsEventType.CHANGE;
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
