package io.usiem.connector.httpinput.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** One HTTP listener (factory PID {@code io.usiem.connector.httpinput}): one address and port. */
@ObjectClassDefinition(name = "uSIEM HTTP listener",
        description = "Receives the Elasticsearch bulk API, NDJSON and raw lines over HTTP and hands them to the journal.")
@interface HttpListenerConfig {
    /** Factory PID; the distribution's default is the {@code -default} configuration of it (src/main/cfg). */
    String FACTORY_PID = "io.usiem.connector.httpinput";

    @AttributeDefinition(name = "Name", description = "Name of the listener in siem:status and on every line it receives (the input).")
    String name() default "http";

    @AttributeDefinition(name = "Bind address", description = "Address to listen on; 0.0.0.0 is every IPv4 interface, :: every interface.")
    String bind_address() default "0.0.0.0";

    @AttributeDefinition(name = "Port", min = "0", max = "65535", description = "0 picks a free port (tests).")
    int port() default 8088;

    @AttributeDefinition(name = "Source type", required = false,
            description = "Source type of every document (skips parser guessing and the index mapping); empty: see the map.")
    String source_type() default "";

    @AttributeDefinition(name = "Source type by index", required = false,
            description = "pattern=type entries, separated by commas or spaces, tried in order against a document's index "
                    + "(* matches any text), for example suricata-*=suricata; a document that matches none lets the "
                    + "kernel choose a parser.")
    String source_type_map() default "";

    @AttributeDefinition(name = "Tenant", required = false, description = "Tenant of every line; empty is the default tenant.")
    String tenant() default "";

    @AttributeDefinition(name = "Maximum body (bytes)", min = "1024",
            description = "Largest request body after decompression; a larger request is answered 413 and its connection closed.")
    int max_body_bytes() default 33_554_432;

    @AttributeDefinition(name = "Maximum bytes in flight", min = "1024",
            description = "Request bytes (decompressed) held at once by the listener, from a request's arrival to its "
                    + "answer; a request past this is answered 429 (bounds memory). At least max.body.bytes.")
    long max_inflight_bytes() default 268_435_456L;

    @AttributeDefinition(name = "Maximum connections", min = "1",
            description = "Connections past this are closed at once and counted as dropped connections_refused.")
    int max_connections() default 256;

    @AttributeDefinition(name = "Idle timeout (seconds)", min = "0",
            description = "A connection that sends nothing for this long is closed; 0 never closes idle connections.")
    int idle_timeout_seconds() default 300;

    @AttributeDefinition(name = "Request timeout (seconds)", min = "0",
            description = "A request must arrive whole within this long of its first byte (slow senders are closed); 0 disables.")
    int request_timeout_seconds() default 60;

    @AttributeDefinition(name = "Journal full wait (milliseconds)", min = "0",
            description = "How long a request waits for room in a full journal before it is answered 429.")
    int journal_full_wait_millis() default 2000;

    @AttributeDefinition(name = "Retry-After (seconds)", min = "1", description = "The Retry-After header of 429 and 503 answers.")
    int retry_after_seconds() default 5;

    @AttributeDefinition(name = "API keys", required = false,
            description = "id:sha256:<hex of the key>[:role|role...] entries (or id:pbkdf2-sha256:<iterations>$<salt hex>$<hash hex>), "
                    + "separated by commas or spaces; clients send Authorization: ApiKey base64(id:key).")
    String auth_api_keys() default "";

    @AttributeDefinition(name = "Users", required = false,
            description = "user:pbkdf2-sha256:<iterations>$<salt hex>$<hash hex>[:role|role...] entries (or user:sha256:<hex>), "
                    + "separated by commas or spaces, for HTTP basic authentication.")
    String auth_users() default "";

    @AttributeDefinition(name = "Required role", required = false,
            description = "A role the principal must have to send events; empty: any authenticated principal.")
    String auth_required_role() default "";

    @AttributeDefinition(name = "TLS certificate (PEM)", required = false,
            description = "Path of the server certificate chain; with the key, the listener speaks HTTPS.")
    String tls_certificate() default "";

    @AttributeDefinition(name = "TLS private key (PEM, PKCS#8)", required = false, description = "Path of the unencrypted PKCS#8 key.")
    String tls_key() default "";

    @AttributeDefinition(name = "TLS client CA (PEM)", required = false,
            description = "Path of the CA certificates that sign client certificates; set, clients may (or must) present "
                    + "one, and a verified one authenticates its subject's CN with auth.certificate.roles.")
    String tls_client_ca() default "";

    @AttributeDefinition(name = "TLS client certificate", description = "optional or required (with tls.client.ca).")
    String tls_client_auth() default "optional";

    @AttributeDefinition(name = "Roles of certificate principals", required = false,
            description = "Roles, separated by | or commas, of a principal authenticated by its client certificate.")
    String auth_certificate_roles() default "";

    @AttributeDefinition(name = "Reported Elasticsearch version",
            description = "version.number answered on GET /: shippers check it (Filebeat 8 wants 7.x or later).")
    String es_version() default "8.17.0";
}
