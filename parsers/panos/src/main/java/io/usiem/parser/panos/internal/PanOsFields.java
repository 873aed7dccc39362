package io.usiem.parser.panos.internal;

import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;

/**
 * The {@code panw.panos.*} vendor fields (named as Elastic's Panw integration names them) and, per log
 * type, the field each CSV position fills. Positions follow Palo Alto's syslog field descriptions for
 * PAN-OS 10.x/11.x; position 0 is the leading FUTURE_USE field. A null entry is a FUTURE_USE field or one
 * the parser reads itself (addresses, users, action, times).
 */
final class PanOsFields {
    static final String PREFIX = "panw.panos.";

    static final Field TYPE = kw("type");
    static final Field SUB_TYPE = kw("sub_type");
    static final Field ACTION = kw("action");
    static final Field RULESET = kw("ruleset");
    static final Field THREAT_NAME = kw("threat.name");
    static final Field THREAT_ID = kw("threat.id");
    static final Field MISC = kw("misc");
    static final Field SEVERITY = kw("severity");
    static final Field NETWORK_DIRECTION = kw("network.direction");
    static final Field SOURCE_LOCATION = kw("source.location");
    static final Field DESTINATION_LOCATION = kw("destination.location");
    static final Field X_FORWARDED_FOR = kw("x_forwarded_for");
    static final Field DESCRIPTION = Field.of(PREFIX + "description", FieldType.TEXT);
    static final Field ADMIN = kw("admin");
    static final Field CMD = kw("cmd");
    static final Field RESULT = kw("result");
    static final Field PUBLIC_IPV6 = Field.of(PREFIX + "public.ipv6", FieldType.IP);
    static final Field PRIVATE_IPV6 = Field.of(PREFIX + "private.ipv6", FieldType.IP);
    static final Field SOURCE_IPV6 = Field.of(PREFIX + "source.ipv6", FieldType.IP);
    static final Field USER = kw("user");
    static final Field PUBLIC_IP = Field.of(PREFIX + "public.ip", FieldType.IP);
    static final Field HIGH_RESOLUTION_TIMESTAMP = Field.of(PREFIX + "high_resolution_timestamp", FieldType.TIMESTAMP);
    static final Field NETWORK_FORWARDED_IP = Field.of("network.forwarded_ip", FieldType.IP);
    static final Field DESTINATION_USER_NAME = Field.of("destination.user.name", FieldType.KEYWORD);
    static final Field DESTINATION_USER_DOMAIN = Field.of("destination.user.domain", FieldType.KEYWORD);
    static final Field SOURCE_USER_DOMAIN = Field.of("source.user.domain", FieldType.KEYWORD);
    static final Field HOST_OS_FULL = Field.of("host.os.full", FieldType.KEYWORD);
    static final Field OBSERVER_GEO_NAME = Field.of("observer.geo.name", FieldType.KEYWORD);
    static final Field LOGGED_TIME = Field.of(PREFIX + "logged_time", FieldType.TIMESTAMP);

    /** First position of the type-specific fields: after FUTURE_USE, receive time, serial, type, subtype, FUTURE_USE, generated time. */
    static final int BODY = 7;

    static final Field[] TRAFFIC = table(
            null, null, null, null, null, null, null, null, "virtual_sys", "=observer.ingress.zone",
            "=observer.egress.zone", "=observer.ingress.interface.name", "=observer.egress.interface.name", "log_profile",
            null, "flow_id", "#repeat_count", "=source.port", "=destination.port", null,
            null, null, null, null, "=network.bytes", "=source.bytes", "=destination.bytes", "=network.packets", null, null,
            "url.category", null, "sequence_number", "action_flags", "source.location", "destination.location", null,
            "=source.packets", "=destination.packets", "endreason",
            "device_group_hierarchy1", "device_group_hierarchy2", "device_group_hierarchy3", "device_group_hierarchy4",
            "vsys_name", "=observer.hostname", "action_source", "source_vm_uuid", "destination_vm_uuid", "imsi", "imei",
            "parent_session.id", "parent_session.start_time", "tunnel_type", "sctp.assoc_id", "#sctp.chunks",
            "#sctp.chunks_sent", "#sctp.chunks_received", "=rule.uuid", "http2_connection", "#link.change_count",
            "policy.id", "link.switches", "sdwan.cluster.name", "sdwan.device_type", "sdwan.cluster.type", "sdwan.site",
            "dynamic_user.group.name", "@xff.ip",
            "src.category", "src.profile", "src.model", "src.vendor", "src.os.family", "src.os.version", "src.host", "src.mac",
            "dst.category", "dst.profile", "dst.model", "dst.vendor", "dst.os.family", "dst.os.version", "dst.host", "dst.mac",
            "container.id", "pod.namespace", "pod.name", "src.external_dynamic_list", "dst.external_dynamic_list", "host.id",
            "serial_number", "src.dynamic_address_group", "dst.dynamic_address_group", "session.owner", null,
            "nsdsai_sst", "nsdsai_sd", "application.sub_category", "application.category", "application.technology",
            "#application.risk_level", "application.characteristics", "application.container", "application.tunneled",
            "application.is_saas", "application.is_sanctioned", "is_offloaded");

    static final Field[] THREAT = table(
            null, null, null, null, null, null, null, null, "virtual_sys", "=observer.ingress.zone",
            "=observer.egress.zone", "=observer.ingress.interface.name", "=observer.egress.interface.name", "log_profile",
            null, "flow_id", "#repeat_count", "=source.port", "=destination.port", null,
            null, null, null, null, null, null, "url.category", null, null, "sequence_number", "action_flags",
            "source.location", "destination.location", null, "http_content_type", null, "file.hash", "wildfire.name",
            "url_idx", "=user_agent.original", "=file.type", null, "=http.request.referrer", "=source.user.email", "subject",
            "=destination.user.email", "wildfire.report_id",
            "device_group_hierarchy1", "device_group_hierarchy2", "device_group_hierarchy3", "device_group_hierarchy4",
            "vsys_name", "=observer.hostname", null, "source_vm_uuid", "destination_vm_uuid", "=http.request.method", "imsi",
            "imei", "parent_session.id", "parent_session.start_time", "tunnel_type", "threat_category", "content_version",
            null, "sctp.assoc_id", "payload_protocol_id", "http_headers", "url_category_list", "=rule.uuid",
            "http2_connection", "dynamic_user.group.name", "@xff.ip",
            "src.category", "src.profile", "src.model", "src.vendor", "src.os.family", "src.os.version", "src.host", "src.mac",
            "dst.category", "dst.profile", "dst.model", "dst.vendor", "dst.os.family", "dst.os.version", "dst.host", "dst.mac",
            "container.id", "pod.namespace", "pod.name", "src.external_dynamic_list", "dst.external_dynamic_list", "host.id",
            "serial_number", "domain_edl", "src.dynamic_address_group", "dst.dynamic_address_group", "partial_hash", null,
            "reason", "justification", "nssai_sst", "application.sub_category", "application.category",
            "application.technology", "#application.risk_level", "application.characteristics", "application.container",
            "application.tunneled", "application.is_saas", "application.is_sanctioned", "cloud_report.id");

    static final Field[] SYSTEM = table(
            "virtual_sys", "=event.code", "object.id", null, null, "module", null, null, "sequence_number",
            "action_flags", "device_group_hierarchy1", "device_group_hierarchy2", "device_group_hierarchy3",
            "device_group_hierarchy4", "vsys_name", "=observer.hostname", null, null, null);

    /** CONFIG with Before/After Change Detail (PAN-OS 9.0+ syslog default); older and custom formats lack them. */
    static final Field[] CONFIG = table(
            null, "virtual_sys", null, null, "client_type", null, "path", "before_change_detail", "after_change_detail",
            "sequence_number", "action_flags", "device_group_hierarchy1", "device_group_hierarchy2",
            "device_group_hierarchy3", "device_group_hierarchy4", "vsys_name", "=observer.hostname", "device_group_id",
            "comment", null, null);

    static final Field[] CONFIG_WITHOUT_DETAIL = table(
            null, "virtual_sys", null, null, "client_type", null, "path", "sequence_number", "action_flags",
            "device_group_hierarchy1", "device_group_hierarchy2", "device_group_hierarchy3", "device_group_hierarchy4",
            "vsys_name", "=observer.hostname", "device_group_id", "comment", null, null);

    static final Field[] GLOBALPROTECT = table(
            "virtual_sys", "=event.code", "stage", "auth_method", "tunnel_type", null, "source.region", "=host.name", null,
            null, null, null, "=host.id", "serial_number", "client_ver", "=host.os.family", "!host.os.full",
            "#repeat_count", "=event.reason", "error_message", "description", null, "!observer.geo.name", null,
            "connect_method", "error_code", "portal", "sequence_number", "action_flags", null, "selection_type",
            "#response_time", "priority", "attempted_gateways", "gateway", "device_group_hierarchy1",
            "device_group_hierarchy2", "device_group_hierarchy3", "device_group_hierarchy4", "vsys_name",
            "=observer.hostname", "vsys_id");

    static final Field[] USERID = table(
            "virtual_sys", null, null, "datasourcename", "=event.code", "#repeat_count", "#timeout", "=source.port",
            "=destination.port", "datasource", "datasourcetype", "sequence_number", "action_flags",
            "device_group_hierarchy1", "device_group_hierarchy2", "device_group_hierarchy3", "device_group_hierarchy4",
            "vsys_name", "=observer.hostname", "vsys_id", "factortype", "factorcompletiontime", "factorno", "ugflags",
            "user_by_source", "tag.name", null);

    static final Field[] HIPMATCH = table(
            null, "virtual_sys", "machine.name", "!host.os.full", null, "matchname", "#repeat_count", "matchtype", null,
            null, "sequence_number", "action_flags", "device_group_hierarchy1", "device_group_hierarchy2",
            "device_group_hierarchy3", "device_group_hierarchy4", "vsys_name", "=observer.hostname", "vsys_id", null,
            "=host.id", "serial_number", null, null);

    static final Field[] AUTHENTICATION = table(
            "virtual_sys", null, null, "normalize_user", "object.id", "authentication.policy", "#repeat_count",
            "authentication.id", "vendor", "log_profile", "server_profile", "description", "client_type", "event.result",
            "factorno", "sequence_number", "action_flags", "device_group_hierarchy1", "device_group_hierarchy2",
            "device_group_hierarchy3", "device_group_hierarchy4", "vsys_name", "=observer.hostname", "vsys_id",
            "authentication.protocol", "=rule.uuid", null, "src.category", "src.profile", "src.model", "src.vendor",
            "src.os.family", "src.os.version", "src.host", "src.mac", "region", null, "user_agent", "flow_id");

    /** DECRYPTION (PAN-OS 10.0+): the session fields of TRAFFIC to position 30, then the TLS handshake. */
    static final Field[] DECRYPTION = table(
            null, null, null, null, null, null, null, null, "virtual_sys", "=observer.ingress.zone",
            "=observer.egress.zone", "=observer.ingress.interface.name", "=observer.egress.interface.name", "log_profile",
            null, "flow_id", "#repeat_count", "=source.port", "=destination.port", null,
            null, null, null, null, "tunnel_type", null, null, "source_vm_uuid", "destination_vm_uuid", "=rule.uuid",
            "hs_stage_c2f", "hs_stage_f2s", null, "tls.key_exchange_algorithm", "=tls.cipher", "tls.auth", "policy.name",
            "!tls.curve", "tls.error_type", "root_certificate_status", "chain_status", "proxy_type",
            "!tls.client.x509.serial_number", null, "certificate.not_before", "certificate.not_after",
            "!tls.client.x509.version_number", "#certificate.size", "#subject_common_name.length",
            "#issuer_common_name.length", "#root_common_name.length", "#server_name_indication.length",
            "certificate.flags", "subject_common_name.value", "issuer_common_name.value", "root_common_name.value",
            "=tls.client.server_name", "error_message", "container.id", "pod.namespace", "pod.name",
            "src.external_dynamic_list", "dst.external_dynamic_list", "src.dynamic_address_group",
            "dst.dynamic_address_group", null,
            "src.category", "src.profile", "src.model", "src.vendor", "src.os.family", "src.os.version", "src.host", "src.mac",
            "dst.category", "dst.profile", "dst.model", "dst.vendor", "dst.os.family", "dst.os.version", "dst.host", "dst.mac",
            "sequence_number", "action_flags", "device_group_hierarchy1", "device_group_hierarchy2",
            "device_group_hierarchy3", "device_group_hierarchy4", "vsys_name", "=observer.hostname", "vsys_id",
            "application.sub_category", "application.category", "application.technology", "#application.risk_level",
            "application.characteristics", "application.container", "application.tunneled", "application.is_saas",
            "application.is_sanctioned");

    /** Types this parser maps field by field; any other type keeps the common header fields only. */
    static final int TYPE_OTHER = 0;
    static final int TYPE_TRAFFIC = 1;
    static final int TYPE_THREAT = 2;
    static final int TYPE_SYSTEM = 3;
    static final int TYPE_CONFIG = 4;
    static final int TYPE_GLOBALPROTECT = 5;
    static final int TYPE_USERID = 6;
    static final int TYPE_HIPMATCH = 7;
    static final int TYPE_AUTHENTICATION = 8;
    static final int TYPE_DECRYPTION = 9;

    private PanOsFields() {
    }

    private static Field kw(String name) {
        return Field.of(PREFIX + name, FieldType.KEYWORD);
    }

    /**
     * @param specs per position from {@link #BODY}: a {@code panw.panos.} name, {@code #name} a number,
     *     {@code @name} an address, {@code =name} a dictionary field, {@code !name} an ECS field outside the
     *     dictionary (keyword), null a field the parser reads itself or skips
     */
    private static Field[] table(String... specs) {
        Field[] t = new Field[BODY + specs.length];
        for (int i = 0; i < specs.length; i++) {
            String s = specs[i];
            if (s == null) {
                continue;
            }
            switch (s.charAt(0)) {
                case '#':
                    t[BODY + i] = Field.of(PREFIX + s.substring(1), FieldType.LONG);
                    break;
                case '@':
                    t[BODY + i] = Field.of(PREFIX + s.substring(1), FieldType.IP);
                    break;
                case '=':
                case '!':
                    t[BODY + i] = Field.of(s.substring(1), FieldType.KEYWORD);
                    break;
                default:
                    t[BODY + i] = kw(s);
            }
        }
        return t;
    }
}
