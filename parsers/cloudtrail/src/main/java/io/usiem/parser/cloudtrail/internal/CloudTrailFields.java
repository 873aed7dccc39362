package io.usiem.parser.cloudtrail.internal;

import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;

/** The vendor fields of CloudTrail records, named as Elastic's AWS CloudTrail integration names them. */
final class CloudTrailFields {
    private static final String P = "aws.cloudtrail.";

    static final Field EVENT_VERSION = Field.of(P + "event_version", FieldType.KEYWORD);
    static final Field EVENT_TYPE = Field.of(P + "event_type", FieldType.KEYWORD);
    static final Field EVENT_CATEGORY = Field.of(P + "event_category", FieldType.KEYWORD);
    static final Field REQUEST_ID = Field.of(P + "request_id", FieldType.KEYWORD);
    static final Field SHARED_EVENT_ID = Field.of(P + "shared_event_id", FieldType.KEYWORD);
    static final Field API_VERSION = Field.of(P + "api_version", FieldType.KEYWORD);
    static final Field MANAGEMENT_EVENT = Field.of(P + "management_event", FieldType.BOOLEAN);
    static final Field READ_ONLY = Field.of(P + "read_only", FieldType.BOOLEAN);
    static final Field RECIPIENT_ACCOUNT_ID = Field.of(P + "recipient_account_id", FieldType.KEYWORD);
    static final Field VPC_ENDPOINT_ID = Field.of(P + "vpc_endpoint_id", FieldType.KEYWORD);
    static final Field ERROR_CODE = Field.of(P + "error_code", FieldType.KEYWORD);
    static final Field ERROR_MESSAGE = Field.of(P + "error_message", FieldType.TEXT);
    static final Field REQUEST_PARAMETERS = Field.of(P + "request_parameters", FieldType.TEXT);
    static final Field RESPONSE_ELEMENTS = Field.of(P + "response_elements", FieldType.TEXT);
    static final Field ADDITIONAL_EVENTDATA = Field.of(P + "additional_eventdata", FieldType.TEXT);
    static final Field SERVICE_EVENT_DETAILS = Field.of(P + "service_event_details", FieldType.TEXT);
    /** The resources as objects with {@code arn}, {@code account_id} and {@code type}, as Elastic keeps them. */
    static final Field RESOURCES_LIST = Field.of(P + "resources", FieldType.OBJECT_LIST);
    static final Field TLS_VERSION = Field.of("tls.version", FieldType.KEYWORD);
    static final Field TLS_VERSION_PROTOCOL = Field.of("tls.version_protocol", FieldType.KEYWORD);
    static final Field TLS_CIPHER = Field.of("tls.cipher", FieldType.KEYWORD);
    static final Field TLS_SERVER_NAME = Field.of("tls.client.server_name", FieldType.KEYWORD);
    static final Field SESSION_CREDENTIAL_FROM_CONSOLE = Field.of(P + "session_credential_from_console", FieldType.KEYWORD);
    static final Field UI_TYPE = Field.of(P + "user_identity.type", FieldType.KEYWORD);
    static final Field UI_ARN = Field.of(P + "user_identity.arn", FieldType.KEYWORD);
    static final Field UI_ACCESS_KEY_ID = Field.of(P + "user_identity.access_key_id", FieldType.KEYWORD);
    static final Field UI_INVOKED_BY = Field.of(P + "user_identity.invoked_by", FieldType.KEYWORD);
    static final Field UI_MFA = Field.of(P + "user_identity.session_context.mfa_authenticated", FieldType.KEYWORD);
    static final Field UI_CREATION_DATE = Field.of(P + "user_identity.session_context.creation_date", FieldType.TIMESTAMP);
    static final Field UI_SOURCE_IDENTITY = Field.of(P + "user_identity.session_context.source_identity", FieldType.KEYWORD);
    static final Field ISSUER_TYPE = Field.of(P + "user_identity.session_context.session_issuer.type", FieldType.KEYWORD);
    static final Field ISSUER_PRINCIPAL_ID = Field.of(P + "user_identity.session_context.session_issuer.principal_id", FieldType.KEYWORD);
    static final Field ISSUER_ARN = Field.of(P + "user_identity.session_context.session_issuer.arn", FieldType.KEYWORD);
    static final Field ISSUER_ACCOUNT_ID = Field.of(P + "user_identity.session_context.session_issuer.account_id", FieldType.KEYWORD);
    static final Field ISSUER_USER_NAME = Field.of(P + "user_identity.session_context.session_issuer.user_name", FieldType.KEYWORD);
    static final Field CONSOLE_LOGIN_MFA_USED = Field.of(P + "console_login.additional_eventdata.mfa_used", FieldType.BOOLEAN);
    static final Field CONSOLE_LOGIN_MOBILE_VERSION = Field.of(P + "console_login.additional_eventdata.mobile_version", FieldType.BOOLEAN);
    static final Field CONSOLE_LOGIN_LOGIN_TO = Field.of(P + "console_login.additional_eventdata.login_to", FieldType.KEYWORD);

    private CloudTrailFields() {
    }
}
