package io.usiem.api.event;

import org.jspecify.annotations.Nullable;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The field dictionary: every normalized field uSIEM knows, named as in the Elastic Common Schema.
 *
 * <p>Parsers, enrichers, rules and stores refer to fields only through these constants (or through
 * {@link Field#of(String, FieldType)} for vendor fields outside the dictionary), so a field name is
 * written once. The event header (raw message, times, origin, tenant, observer, source type,
 * category, tags) is not part of the dictionary; see {@link Event}.
 *
 * <p>The order of declaration is part of the binary event codec (each field is written as its position):
 * new fields are only ever added at the end, and none is removed or retyped within a major version.
 */
public final class Fields {
    // Filled while the constants below initialise; frozen into BY_NAME at the end of class init.
    private static final Map<String, Field> REGISTRY = new LinkedHashMap<>();
    /** ECS {@code message}. */
    public static final Field MESSAGE = define("message", FieldType.TEXT);
    /** ECS {@code event.action}. */
    public static final Field EVENT_ACTION = define("event.action", FieldType.KEYWORD);
    /** ECS {@code event.outcome}. */
    public static final Field EVENT_OUTCOME = define("event.outcome", FieldType.KEYWORD);
    /** ECS {@code event.code}. */
    public static final Field EVENT_CODE = define("event.code", FieldType.KEYWORD);
    /** ECS {@code event.id}. */
    public static final Field EVENT_ID = define("event.id", FieldType.KEYWORD);
    /** ECS {@code event.severity}. */
    public static final Field EVENT_SEVERITY = define("event.severity", FieldType.LONG);
    /** ECS {@code event.duration}. */
    public static final Field EVENT_DURATION = define("event.duration", FieldType.LONG);
    /** ECS {@code event.dataset}. */
    public static final Field EVENT_DATASET = define("event.dataset", FieldType.KEYWORD);
    /** ECS {@code event.module}. */
    public static final Field EVENT_MODULE = define("event.module", FieldType.KEYWORD);
    /** ECS {@code event.provider}. */
    public static final Field EVENT_PROVIDER = define("event.provider", FieldType.KEYWORD);
    /** ECS {@code event.reason}. */
    public static final Field EVENT_REASON = define("event.reason", FieldType.KEYWORD);
    /** ECS {@code event.risk_score}. */
    public static final Field EVENT_RISK_SCORE = define("event.risk_score", FieldType.DOUBLE);
    /** ECS {@code event.created}. */
    public static final Field EVENT_CREATED = define("event.created", FieldType.TIMESTAMP);
    /** ECS {@code source.ip}. */
    public static final Field SOURCE_IP = define("source.ip", FieldType.IP);
    /** ECS {@code source.port}. */
    public static final Field SOURCE_PORT = define("source.port", FieldType.LONG);
    /** ECS {@code source.mac}. */
    public static final Field SOURCE_MAC = define("source.mac", FieldType.KEYWORD);
    /** ECS {@code source.domain}. */
    public static final Field SOURCE_DOMAIN = define("source.domain", FieldType.KEYWORD);
    /** ECS {@code source.address}. */
    public static final Field SOURCE_ADDRESS = define("source.address", FieldType.KEYWORD);
    /** ECS {@code source.bytes}. */
    public static final Field SOURCE_BYTES = define("source.bytes", FieldType.LONG);
    /** ECS {@code source.packets}. */
    public static final Field SOURCE_PACKETS = define("source.packets", FieldType.LONG);
    /** ECS {@code source.nat.ip}. */
    public static final Field SOURCE_NAT_IP = define("source.nat.ip", FieldType.IP);
    /** ECS {@code source.nat.port}. */
    public static final Field SOURCE_NAT_PORT = define("source.nat.port", FieldType.LONG);
    /** ECS {@code source.user.name}. */
    public static final Field SOURCE_USER_NAME = define("source.user.name", FieldType.KEYWORD);
    /** ECS {@code destination.ip}. */
    public static final Field DESTINATION_IP = define("destination.ip", FieldType.IP);
    /** ECS {@code destination.port}. */
    public static final Field DESTINATION_PORT = define("destination.port", FieldType.LONG);
    /** ECS {@code destination.mac}. */
    public static final Field DESTINATION_MAC = define("destination.mac", FieldType.KEYWORD);
    /** ECS {@code destination.domain}. */
    public static final Field DESTINATION_DOMAIN = define("destination.domain", FieldType.KEYWORD);
    /** ECS {@code destination.address}. */
    public static final Field DESTINATION_ADDRESS = define("destination.address", FieldType.KEYWORD);
    /** ECS {@code destination.bytes}. */
    public static final Field DESTINATION_BYTES = define("destination.bytes", FieldType.LONG);
    /** ECS {@code destination.packets}. */
    public static final Field DESTINATION_PACKETS = define("destination.packets", FieldType.LONG);
    /** ECS {@code destination.nat.ip}. */
    public static final Field DESTINATION_NAT_IP = define("destination.nat.ip", FieldType.IP);
    /** ECS {@code destination.nat.port}. */
    public static final Field DESTINATION_NAT_PORT = define("destination.nat.port", FieldType.LONG);
    /** ECS {@code client.ip}. */
    public static final Field CLIENT_IP = define("client.ip", FieldType.IP);
    /** ECS {@code client.port}. */
    public static final Field CLIENT_PORT = define("client.port", FieldType.LONG);
    /** ECS {@code client.mac}. */
    public static final Field CLIENT_MAC = define("client.mac", FieldType.KEYWORD);
    /** ECS {@code server.ip}. */
    public static final Field SERVER_IP = define("server.ip", FieldType.IP);
    /** ECS {@code server.port}. */
    public static final Field SERVER_PORT = define("server.port", FieldType.LONG);
    /** ECS {@code network.transport}. */
    public static final Field NETWORK_TRANSPORT = define("network.transport", FieldType.KEYWORD);
    /** ECS {@code network.protocol}. */
    public static final Field NETWORK_PROTOCOL = define("network.protocol", FieldType.KEYWORD);
    /** ECS {@code network.direction}. */
    public static final Field NETWORK_DIRECTION = define("network.direction", FieldType.KEYWORD);
    /** ECS {@code network.type}. */
    public static final Field NETWORK_TYPE = define("network.type", FieldType.KEYWORD);
    /** ECS {@code network.bytes}. */
    public static final Field NETWORK_BYTES = define("network.bytes", FieldType.LONG);
    /** ECS {@code network.packets}. */
    public static final Field NETWORK_PACKETS = define("network.packets", FieldType.LONG);
    /** ECS {@code network.application}. */
    public static final Field NETWORK_APPLICATION = define("network.application", FieldType.KEYWORD);
    /** ECS {@code network.community_id}. */
    public static final Field NETWORK_COMMUNITY_ID = define("network.community_id", FieldType.KEYWORD);
    /** ECS {@code observer.hostname}. */
    public static final Field OBSERVER_HOSTNAME = define("observer.hostname", FieldType.KEYWORD);
    /** ECS {@code observer.ip}. */
    public static final Field OBSERVER_IP = define("observer.ip", FieldType.IP);
    /** ECS {@code observer.name}. */
    public static final Field OBSERVER_NAME = define("observer.name", FieldType.KEYWORD);
    /** ECS {@code observer.type}. */
    public static final Field OBSERVER_TYPE = define("observer.type", FieldType.KEYWORD);
    /** ECS {@code observer.ingress.interface.name}. */
    public static final Field OBSERVER_INGRESS_INTERFACE = define("observer.ingress.interface.name", FieldType.KEYWORD);
    /** ECS {@code observer.egress.interface.name}. */
    public static final Field OBSERVER_EGRESS_INTERFACE = define("observer.egress.interface.name", FieldType.KEYWORD);
    /** ECS {@code host.hostname}. */
    public static final Field HOST_HOSTNAME = define("host.hostname", FieldType.KEYWORD);
    /** ECS {@code host.name}. */
    public static final Field HOST_NAME = define("host.name", FieldType.KEYWORD);
    /** ECS {@code host.ip}. */
    public static final Field HOST_IP = define("host.ip", FieldType.IP_LIST);
    /** ECS {@code host.os.name}. */
    public static final Field HOST_OS_NAME = define("host.os.name", FieldType.KEYWORD);
    /** ECS {@code user.name}. */
    public static final Field USER_NAME = define("user.name", FieldType.KEYWORD);
    /** ECS {@code user.domain}. */
    public static final Field USER_DOMAIN = define("user.domain", FieldType.KEYWORD);
    /** ECS {@code user.id}. */
    public static final Field USER_ID = define("user.id", FieldType.KEYWORD);
    /** ECS {@code user.full_name}. */
    public static final Field USER_FULL_NAME = define("user.full_name", FieldType.KEYWORD);
    /** ECS {@code user.email}. */
    public static final Field USER_EMAIL = define("user.email", FieldType.KEYWORD);
    /** ECS {@code user.roles}. */
    public static final Field USER_ROLES = define("user.roles", FieldType.KEYWORD_LIST);
    /** ECS {@code user.target.name}. */
    public static final Field USER_TARGET_NAME = define("user.target.name", FieldType.KEYWORD);
    /** ECS {@code user.target.domain}. */
    public static final Field USER_TARGET_DOMAIN = define("user.target.domain", FieldType.KEYWORD);
    /** ECS {@code user.target.id}. */
    public static final Field USER_TARGET_ID = define("user.target.id", FieldType.KEYWORD);
    /** ECS {@code user.effective.name}. */
    public static final Field USER_EFFECTIVE_NAME = define("user.effective.name", FieldType.KEYWORD);
    /** ECS {@code group.name}. */
    public static final Field GROUP_NAME = define("group.name", FieldType.KEYWORD);
    /** ECS {@code group.id}. */
    public static final Field GROUP_ID = define("group.id", FieldType.KEYWORD);
    /** ECS {@code process.name}. */
    public static final Field PROCESS_NAME = define("process.name", FieldType.KEYWORD);
    /** ECS {@code process.pid}. */
    public static final Field PROCESS_PID = define("process.pid", FieldType.LONG);
    /** ECS {@code process.executable}. */
    public static final Field PROCESS_EXECUTABLE = define("process.executable", FieldType.KEYWORD);
    /** ECS {@code process.command_line}. */
    public static final Field PROCESS_COMMAND_LINE = define("process.command_line", FieldType.TEXT);
    /** ECS {@code process.args}. */
    public static final Field PROCESS_ARGS = define("process.args", FieldType.KEYWORD_LIST);
    /** ECS {@code process.working_directory}. */
    public static final Field PROCESS_WORKING_DIRECTORY = define("process.working_directory", FieldType.KEYWORD);
    /** ECS {@code process.entity_id}. */
    public static final Field PROCESS_ENTITY_ID = define("process.entity_id", FieldType.KEYWORD);
    /** ECS {@code process.hash.sha256}. */
    public static final Field PROCESS_HASH_SHA256 = define("process.hash.sha256", FieldType.KEYWORD);
    /** ECS {@code process.parent.name}. */
    public static final Field PROCESS_PARENT_NAME = define("process.parent.name", FieldType.KEYWORD);
    /** ECS {@code process.parent.pid}. */
    public static final Field PROCESS_PARENT_PID = define("process.parent.pid", FieldType.LONG);
    /** ECS {@code process.parent.executable}. */
    public static final Field PROCESS_PARENT_EXECUTABLE = define("process.parent.executable", FieldType.KEYWORD);
    /** ECS {@code process.parent.command_line}. */
    public static final Field PROCESS_PARENT_COMMAND_LINE = define("process.parent.command_line", FieldType.TEXT);
    /** ECS {@code file.path}. */
    public static final Field FILE_PATH = define("file.path", FieldType.KEYWORD);
    /** ECS {@code file.name}. */
    public static final Field FILE_NAME = define("file.name", FieldType.KEYWORD);
    /** ECS {@code file.directory}. */
    public static final Field FILE_DIRECTORY = define("file.directory", FieldType.KEYWORD);
    /** ECS {@code file.extension}. */
    public static final Field FILE_EXTENSION = define("file.extension", FieldType.KEYWORD);
    /** ECS {@code file.size}. */
    public static final Field FILE_SIZE = define("file.size", FieldType.LONG);
    /** ECS {@code file.hash.md5}. */
    public static final Field FILE_HASH_MD5 = define("file.hash.md5", FieldType.KEYWORD);
    /** ECS {@code file.hash.sha1}. */
    public static final Field FILE_HASH_SHA1 = define("file.hash.sha1", FieldType.KEYWORD);
    /** ECS {@code file.hash.sha256}. */
    public static final Field FILE_HASH_SHA256 = define("file.hash.sha256", FieldType.KEYWORD);
    /** ECS {@code registry.path}. */
    public static final Field REGISTRY_PATH = define("registry.path", FieldType.KEYWORD);
    /** ECS {@code registry.key}. */
    public static final Field REGISTRY_KEY = define("registry.key", FieldType.KEYWORD);
    /** ECS {@code registry.value}. */
    public static final Field REGISTRY_VALUE = define("registry.value", FieldType.KEYWORD);
    /** ECS {@code registry.data.strings}. */
    public static final Field REGISTRY_DATA_STRINGS = define("registry.data.strings", FieldType.KEYWORD_LIST);
    /** ECS {@code url.original}. */
    public static final Field URL_ORIGINAL = define("url.original", FieldType.KEYWORD);
    /** ECS {@code url.domain}. */
    public static final Field URL_DOMAIN = define("url.domain", FieldType.KEYWORD);
    /** ECS {@code url.path}. */
    public static final Field URL_PATH = define("url.path", FieldType.KEYWORD);
    /** ECS {@code url.query}. */
    public static final Field URL_QUERY = define("url.query", FieldType.KEYWORD);
    /** ECS {@code url.scheme}. */
    public static final Field URL_SCHEME = define("url.scheme", FieldType.KEYWORD);
    /** ECS {@code url.port}. */
    public static final Field URL_PORT = define("url.port", FieldType.LONG);
    /** ECS {@code http.request.method}. */
    public static final Field HTTP_REQUEST_METHOD = define("http.request.method", FieldType.KEYWORD);
    /** ECS {@code http.request.referrer}. */
    public static final Field HTTP_REQUEST_REFERRER = define("http.request.referrer", FieldType.KEYWORD);
    /** ECS {@code http.request.bytes}. */
    public static final Field HTTP_REQUEST_BYTES = define("http.request.bytes", FieldType.LONG);
    /** ECS {@code http.response.status_code}. */
    public static final Field HTTP_RESPONSE_STATUS_CODE = define("http.response.status_code", FieldType.LONG);
    /** ECS {@code http.response.bytes}. */
    public static final Field HTTP_RESPONSE_BYTES = define("http.response.bytes", FieldType.LONG);
    /** ECS {@code http.version}. */
    public static final Field HTTP_VERSION = define("http.version", FieldType.KEYWORD);
    /** ECS {@code user_agent.original}. */
    public static final Field USER_AGENT_ORIGINAL = define("user_agent.original", FieldType.KEYWORD);
    /** ECS {@code dns.question.name}. */
    public static final Field DNS_QUESTION_NAME = define("dns.question.name", FieldType.KEYWORD);
    /** ECS {@code dns.question.type}. */
    public static final Field DNS_QUESTION_TYPE = define("dns.question.type", FieldType.KEYWORD);
    /** ECS {@code dns.question.class}. */
    public static final Field DNS_QUESTION_CLASS = define("dns.question.class", FieldType.KEYWORD);
    /** ECS {@code dns.response_code}. */
    public static final Field DNS_RESPONSE_CODE = define("dns.response_code", FieldType.KEYWORD);
    /** ECS {@code dns.id}. */
    public static final Field DNS_ID = define("dns.id", FieldType.KEYWORD);
    /** ECS {@code dns.resolved_ip}. */
    public static final Field DNS_RESOLVED_IP = define("dns.resolved_ip", FieldType.IP_LIST);
    /** ECS {@code rule.id}. */
    public static final Field RULE_ID = define("rule.id", FieldType.KEYWORD);
    /** ECS {@code rule.name}. */
    public static final Field RULE_NAME = define("rule.name", FieldType.KEYWORD);
    /** ECS {@code rule.category}. */
    public static final Field RULE_CATEGORY = define("rule.category", FieldType.KEYWORD);
    /** ECS {@code rule.ruleset}. */
    public static final Field RULE_RULESET = define("rule.ruleset", FieldType.KEYWORD);
    /** ECS {@code rule.uuid}. */
    public static final Field RULE_UUID = define("rule.uuid", FieldType.KEYWORD);
    /** ECS {@code tls.version}. */
    public static final Field TLS_VERSION = define("tls.version", FieldType.KEYWORD);
    /** ECS {@code tls.cipher}. */
    public static final Field TLS_CIPHER = define("tls.cipher", FieldType.KEYWORD);
    /** ECS {@code tls.client.server_name}. */
    public static final Field TLS_CLIENT_SERVER_NAME = define("tls.client.server_name", FieldType.KEYWORD);
    /** ECS {@code tls.client.ja3}. */
    public static final Field TLS_CLIENT_JA3 = define("tls.client.ja3", FieldType.KEYWORD);
    /** ECS {@code tls.server.ja3s}. */
    public static final Field TLS_SERVER_JA3S = define("tls.server.ja3s", FieldType.KEYWORD);
    /** ECS {@code tls.server.subject}. */
    public static final Field TLS_SERVER_SUBJECT = define("tls.server.subject", FieldType.KEYWORD);
    /** ECS {@code email.from.address}. */
    public static final Field EMAIL_FROM_ADDRESS = define("email.from.address", FieldType.KEYWORD);
    /** ECS {@code email.to.address}. */
    public static final Field EMAIL_TO_ADDRESS = define("email.to.address", FieldType.KEYWORD_LIST);
    /** ECS {@code email.subject}. */
    public static final Field EMAIL_SUBJECT = define("email.subject", FieldType.TEXT);
    /** ECS {@code email.message_id}. */
    public static final Field EMAIL_MESSAGE_ID = define("email.message_id", FieldType.KEYWORD);
    /** ECS {@code cloud.provider}. */
    public static final Field CLOUD_PROVIDER = define("cloud.provider", FieldType.KEYWORD);
    /** ECS {@code cloud.region}. */
    public static final Field CLOUD_REGION = define("cloud.region", FieldType.KEYWORD);
    /** ECS {@code cloud.account.id}. */
    public static final Field CLOUD_ACCOUNT_ID = define("cloud.account.id", FieldType.KEYWORD);
    /** ECS {@code cloud.service.name}. */
    public static final Field CLOUD_SERVICE_NAME = define("cloud.service.name", FieldType.KEYWORD);
    /** ECS {@code service.name}. */
    public static final Field SERVICE_NAME = define("service.name", FieldType.KEYWORD);
    /** ECS {@code log.level}. */
    public static final Field LOG_LEVEL = define("log.level", FieldType.KEYWORD);
    /** ECS {@code log.logger}. */
    public static final Field LOG_LOGGER = define("log.logger", FieldType.KEYWORD);
    /** ECS {@code log.syslog.facility.code}. */
    public static final Field LOG_SYSLOG_FACILITY_CODE = define("log.syslog.facility.code", FieldType.LONG);
    /** ECS {@code log.syslog.severity.code}. */
    public static final Field LOG_SYSLOG_SEVERITY_CODE = define("log.syslog.severity.code", FieldType.LONG);
    /** ECS {@code log.syslog.priority}. */
    public static final Field LOG_SYSLOG_PRIORITY = define("log.syslog.priority", FieldType.LONG);
    /** ECS {@code log.syslog.appname}. */
    public static final Field LOG_SYSLOG_APPNAME = define("log.syslog.appname", FieldType.KEYWORD);
    /** ECS {@code log.syslog.procid}. */
    public static final Field LOG_SYSLOG_PROCID = define("log.syslog.procid", FieldType.KEYWORD);
    /** ECS {@code log.syslog.msgid}. */
    public static final Field LOG_SYSLOG_MSGID = define("log.syslog.msgid", FieldType.KEYWORD);
    /** ECS {@code log.syslog.hostname}. */
    public static final Field LOG_SYSLOG_HOSTNAME = define("log.syslog.hostname", FieldType.KEYWORD);
    /** ECS {@code log.syslog.version}. */
    public static final Field LOG_SYSLOG_VERSION = define("log.syslog.version", FieldType.KEYWORD);
    /** ECS {@code threat.indicator.type}. */
    public static final Field THREAT_INDICATOR_TYPE = define("threat.indicator.type", FieldType.KEYWORD);
    /** ECS {@code threat.indicator.ip}. */
    public static final Field THREAT_INDICATOR_IP = define("threat.indicator.ip", FieldType.IP);
    /** ECS {@code threat.indicator.provider}. */
    public static final Field THREAT_INDICATOR_PROVIDER = define("threat.indicator.provider", FieldType.KEYWORD);
    /** ECS {@code threat.tactic.name}. */
    public static final Field THREAT_TACTIC_NAME = define("threat.tactic.name", FieldType.KEYWORD_LIST);
    /** ECS {@code threat.technique.id}. */
    public static final Field THREAT_TECHNIQUE_ID = define("threat.technique.id", FieldType.KEYWORD_LIST);
    /** ECS {@code error.message}. */
    public static final Field ERROR_MESSAGE = define("error.message", FieldType.TEXT);
    /** ECS {@code related.ip}. */
    public static final Field RELATED_IP = define("related.ip", FieldType.IP_LIST);
    /** ECS {@code related.user}. */
    public static final Field RELATED_USER = define("related.user", FieldType.KEYWORD_LIST);
    /** ECS {@code related.hosts}. */
    public static final Field RELATED_HOSTS = define("related.hosts", FieldType.KEYWORD_LIST);

    /** ECS {@code event.start}. @since 1.0 */
    public static final Field EVENT_START = define("event.start", FieldType.TIMESTAMP);
    /** ECS {@code event.end}. @since 1.0 */
    public static final Field EVENT_END = define("event.end", FieldType.TIMESTAMP);
    /** ECS {@code event.timezone}. @since 1.0 */
    public static final Field EVENT_TIMEZONE = define("event.timezone", FieldType.KEYWORD);
    /** ECS {@code event.url}. @since 1.0 */
    public static final Field EVENT_URL = define("event.url", FieldType.KEYWORD);
    /** ECS {@code host.id}. @since 1.0 */
    public static final Field HOST_ID = define("host.id", FieldType.KEYWORD);
    /** ECS {@code host.domain}. @since 1.0 */
    public static final Field HOST_DOMAIN = define("host.domain", FieldType.KEYWORD);
    /** ECS {@code host.os.family}. @since 1.0 */
    public static final Field HOST_OS_FAMILY = define("host.os.family", FieldType.KEYWORD);
    /** ECS {@code host.os.version}. @since 1.0 */
    public static final Field HOST_OS_VERSION = define("host.os.version", FieldType.KEYWORD);
    /** ECS {@code host.os.platform}. @since 1.0 */
    public static final Field HOST_OS_PLATFORM = define("host.os.platform", FieldType.KEYWORD);
    /** ECS {@code host.mac}. @since 1.0 */
    public static final Field HOST_MAC = define("host.mac", FieldType.KEYWORD_LIST);
    /** ECS {@code observer.serial_number}. @since 1.0 */
    public static final Field OBSERVER_SERIAL_NUMBER = define("observer.serial_number", FieldType.KEYWORD);
    /** ECS {@code observer.version}. @since 1.0 */
    public static final Field OBSERVER_VERSION = define("observer.version", FieldType.KEYWORD);
    /** ECS {@code observer.ingress.zone}. @since 1.0 */
    public static final Field OBSERVER_INGRESS_ZONE = define("observer.ingress.zone", FieldType.KEYWORD);
    /** ECS {@code observer.egress.zone}. @since 1.0 */
    public static final Field OBSERVER_EGRESS_ZONE = define("observer.egress.zone", FieldType.KEYWORD);
    /** ECS {@code network.iana_number}. @since 1.0 */
    public static final Field NETWORK_IANA_NUMBER = define("network.iana_number", FieldType.KEYWORD);
    /** ECS {@code network.vlan.id}. @since 1.0 */
    public static final Field NETWORK_VLAN_ID = define("network.vlan.id", FieldType.KEYWORD);
    /** ECS {@code process.title}. @since 1.0 */
    public static final Field PROCESS_TITLE = define("process.title", FieldType.KEYWORD);
    /** ECS {@code process.thread.id}. @since 1.0 */
    public static final Field PROCESS_THREAD_ID = define("process.thread.id", FieldType.LONG);
    /** ECS {@code process.user.name}. @since 1.0 */
    public static final Field PROCESS_USER_NAME = define("process.user.name", FieldType.KEYWORD);
    /** ECS {@code process.parent.args}. @since 1.0 */
    public static final Field PROCESS_PARENT_ARGS = define("process.parent.args", FieldType.KEYWORD_LIST);
    /** ECS {@code process.parent.entity_id}. @since 1.0 */
    public static final Field PROCESS_PARENT_ENTITY_ID = define("process.parent.entity_id", FieldType.KEYWORD);
    /** ECS {@code process.hash.md5}. @since 1.0 */
    public static final Field PROCESS_HASH_MD5 = define("process.hash.md5", FieldType.KEYWORD);
    /** ECS {@code process.hash.sha1}. @since 1.0 */
    public static final Field PROCESS_HASH_SHA1 = define("process.hash.sha1", FieldType.KEYWORD);
    /** ECS {@code process.exit_code}. @since 1.0 */
    public static final Field PROCESS_EXIT_CODE = define("process.exit_code", FieldType.LONG);
    /** ECS {@code user.changes.name}. @since 1.0 */
    public static final Field USER_CHANGES_NAME = define("user.changes.name", FieldType.KEYWORD);
    /** ECS {@code group.domain}. @since 1.0 */
    public static final Field GROUP_DOMAIN = define("group.domain", FieldType.KEYWORD);
    /** ECS {@code file.target_path}. @since 1.0 */
    public static final Field FILE_TARGET_PATH = define("file.target_path", FieldType.KEYWORD);
    /** ECS {@code file.mime_type}. @since 1.0 */
    public static final Field FILE_MIME_TYPE = define("file.mime_type", FieldType.KEYWORD);
    /** ECS {@code dns.type}. @since 1.0 */
    public static final Field DNS_TYPE = define("dns.type", FieldType.KEYWORD);
    /** ECS {@code dns.header_flags}. @since 1.0 */
    public static final Field DNS_HEADER_FLAGS = define("dns.header_flags", FieldType.KEYWORD_LIST);
    /** ECS {@code dns.answers}. @since 1.0 */
    public static final Field DNS_ANSWERS = define("dns.answers", FieldType.OBJECT_LIST);
    /** ECS {@code dns.question.registered_domain}. @since 1.0 */
    public static final Field DNS_QUESTION_REGISTERED_DOMAIN = define("dns.question.registered_domain", FieldType.KEYWORD);
    /** ECS {@code url.full}. @since 1.0 */
    public static final Field URL_FULL = define("url.full", FieldType.KEYWORD);
    /** ECS {@code url.extension}. @since 1.0 */
    public static final Field URL_EXTENSION = define("url.extension", FieldType.KEYWORD);
    /** ECS {@code url.fragment}. @since 1.0 */
    public static final Field URL_FRAGMENT = define("url.fragment", FieldType.KEYWORD);
    /** ECS {@code http.request.body.bytes}. @since 1.0 */
    public static final Field HTTP_REQUEST_BODY_BYTES = define("http.request.body.bytes", FieldType.LONG);
    /** ECS {@code http.response.body.bytes}. @since 1.0 */
    public static final Field HTTP_RESPONSE_BODY_BYTES = define("http.response.body.bytes", FieldType.LONG);
    /** ECS {@code http.request.mime_type}. @since 1.0 */
    public static final Field HTTP_REQUEST_MIME_TYPE = define("http.request.mime_type", FieldType.KEYWORD);
    /** ECS {@code http.response.mime_type}. @since 1.0 */
    public static final Field HTTP_RESPONSE_MIME_TYPE = define("http.response.mime_type", FieldType.KEYWORD);
    /** ECS {@code user_agent.name}. @since 1.0 */
    public static final Field USER_AGENT_NAME = define("user_agent.name", FieldType.KEYWORD);
    /** ECS {@code tls.established}. @since 1.0 */
    public static final Field TLS_ESTABLISHED = define("tls.established", FieldType.BOOLEAN);
    /** ECS {@code tls.resumed}. @since 1.0 */
    public static final Field TLS_RESUMED = define("tls.resumed", FieldType.BOOLEAN);
    /** ECS {@code tls.version_protocol}. @since 1.0 */
    public static final Field TLS_VERSION_PROTOCOL = define("tls.version_protocol", FieldType.KEYWORD);
    /** ECS {@code tls.server.issuer}. @since 1.0 */
    public static final Field TLS_SERVER_ISSUER = define("tls.server.issuer", FieldType.KEYWORD);
    /** ECS {@code tls.server.hash.sha1}. @since 1.0 */
    public static final Field TLS_SERVER_HASH_SHA1 = define("tls.server.hash.sha1", FieldType.KEYWORD);
    /** ECS {@code tls.server.not_before}. @since 1.0 */
    public static final Field TLS_SERVER_NOT_BEFORE = define("tls.server.not_before", FieldType.TIMESTAMP);
    /** ECS {@code tls.server.not_after}. @since 1.0 */
    public static final Field TLS_SERVER_NOT_AFTER = define("tls.server.not_after", FieldType.TIMESTAMP);
    /** ECS {@code rule.description}. @since 1.0 */
    public static final Field RULE_DESCRIPTION = define("rule.description", FieldType.KEYWORD);
    /** ECS {@code rule.version}. @since 1.0 */
    public static final Field RULE_VERSION = define("rule.version", FieldType.KEYWORD);
    /** ECS {@code rule.reference}. @since 1.0 */
    public static final Field RULE_REFERENCE = define("rule.reference", FieldType.KEYWORD);
    /** ECS {@code threat.indicator.url.domain}. @since 1.0 */
    public static final Field THREAT_INDICATOR_DOMAIN = define("threat.indicator.url.domain", FieldType.KEYWORD);
    /** ECS {@code threat.framework}. @since 1.0 */
    public static final Field THREAT_FRAMEWORK = define("threat.framework", FieldType.KEYWORD);
    /** ECS {@code error.code}. @since 1.0 */
    public static final Field ERROR_CODE = define("error.code", FieldType.KEYWORD);
    /** ECS {@code log.file.path}. @since 1.0 */
    public static final Field LOG_FILE_PATH = define("log.file.path", FieldType.KEYWORD);
    /** ECS {@code source.geo.country_iso_code}. @since 1.0 */
    public static final Field SOURCE_GEO_COUNTRY_ISO_CODE = define("source.geo.country_iso_code", FieldType.KEYWORD);
    /** ECS {@code destination.geo.country_iso_code}. @since 1.0 */
    public static final Field DESTINATION_GEO_COUNTRY_ISO_CODE = define("destination.geo.country_iso_code", FieldType.KEYWORD);
    /** ECS {@code source.as.number}. @since 1.0 */
    public static final Field SOURCE_AS_NUMBER = define("source.as.number", FieldType.LONG);
    /** ECS {@code destination.as.number}. @since 1.0 */
    public static final Field DESTINATION_AS_NUMBER = define("destination.as.number", FieldType.LONG);
    /** ECS {@code source.as.organization.name}. @since 1.0 */
    public static final Field SOURCE_AS_ORGANIZATION_NAME = define("source.as.organization.name", FieldType.KEYWORD);
    /** ECS {@code destination.as.organization.name}. @since 1.0 */
    public static final Field DESTINATION_AS_ORGANIZATION_NAME = define("destination.as.organization.name", FieldType.KEYWORD);

    // New fields go above this line, after all others: declaration order is each field's id in the
    // binary event codec (FieldsOrderTest locks it).
    private static final Map<String, Field> BY_NAME = Collections.unmodifiableMap(REGISTRY);
    private static final Field[] BY_ID = REGISTRY.values().toArray(new Field[0]);

    private Fields() {
    }

    private static Field define(String name, FieldType type) {
        Field f = new Field(name, type, false);
        f.id = REGISTRY.size();
        if (REGISTRY.put(name, f) != null) {
            throw new IllegalStateException("duplicate dictionary field " + name);
        }
        return f;
    }

    /**
     * Looks up a dictionary field.
     *
     * @param name the ECS field name
     * @return the dictionary field, or null when the name is not in the dictionary
     */
    public static @Nullable Field byName(String name) {
        // During class initialisation BY_NAME is still null; REGISTRY is the same map then.
        Map<String, Field> m = BY_NAME != null ? BY_NAME : REGISTRY;
        return m.get(name);
    }

    /**
     * @param field a field
     * @return its stable position in the dictionary (the binary codec writes it), or -1 for a dynamic field
     * @since 1.0
     */
    public static int id(Field field) {
        return field.id;
    }

    /**
     * @param id a position in the dictionary
     * @return the dictionary field at that position, or null when there is none
     * @since 1.0
     */
    public static @Nullable Field byId(int id) {
        return id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
    }

    /** @return all dictionary fields in declaration order */
    public static Collection<Field> all() {
        return BY_NAME.values();
    }
}
