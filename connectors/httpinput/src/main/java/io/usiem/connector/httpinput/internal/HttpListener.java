package io.usiem.connector.httpinput.internal;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpContentDecompressor;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.usiem.api.input.EventIngest;
import io.usiem.api.input.Input;
import io.usiem.api.input.InputStats;

import java.io.File;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLException;

import org.jspecify.annotations.Nullable;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An HTTP listener speaking enough of Elasticsearch's REST API for shippers to send to uSIEM unchanged
 * ({@code _bulk} and their start-up probes), plus {@code POST /ingest} for NDJSON and raw lines. One instance per
 * factory configuration; registered as an {@link Input} for its counters. A 2xx answer means durable.
 */
// Immediate: a listener binds its port as soon as it is configured and the kernel runs (and again after a kernel
// restart), not when something first asks for its Input service.
@Component(immediate = true, service = Input.class, configurationPid = HttpListenerConfig.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = HttpListenerConfig.class, factory = true)
public final class HttpListener implements Input {
    private static final Logger LOG = LoggerFactory.getLogger(HttpListener.class);
    private static final String TYPE = "http";

    private final String name;
    private final ListenerCounters counters = new ListenerCounters();
    private final EventLoopGroup group;
    private final ExecutorService workers;
    private final ExecutorService requestWorkers;
    private final Channel channel;

    /**
     * @param ingest the kernel's ingest service
     * @param config the listener's configuration; invalid values, unreadable TLS files or a port in use fail
     *     activation with the reason
     * @throws InterruptedException if interrupted while binding
     */
    @Activate
    public HttpListener(@Reference EventIngest ingest, HttpListenerConfig config) throws InterruptedException {
        this.name = config.name();
        String pid = HttpListenerConfig.FACTORY_PID + " " + name + ": ";
        validate(config, pid);
        Authenticator auth;
        SourceTypeMap sourceTypes;
        SslContext ssl;
        try {
            auth = Authenticator.of(config.auth_api_keys(), config.auth_users(), config.auth_certificate_roles());
            sourceTypes = SourceTypeMap.of(config.source_type(), config.source_type_map());
            ssl = ssl(config);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(pid + e.getMessage(), e);
        }
        DocumentReader documents = new DocumentReader(config.max_body_bytes());
        RawLogFactory logs = new RawLogFactory(name, blankToNull(config.tenant()), sourceTypes);
        // Two threads share accepting and reading (the machine is small); the ingest workers may block on a full journal.
        this.group = new MultiThreadIoEventLoopGroup(2, new DefaultThreadFactory("usiem-http-" + name, true),
                NioIoHandler.newFactory());
        this.workers = new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                new DefaultThreadFactory("usiem-http-ingest-" + name, true));
        // Queues stay short: one request per connection at a time, and max.inflight.bytes of them.
        this.requestWorkers = new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                new DefaultThreadFactory("usiem-http-request-" + name, true));
        ListenerContext context = new ListenerContext(name, new BulkParser(documents, logs), new LinesParser(documents, logs),
                documents, logs,
                new IngestGate(ingest, workers, requestWorkers, group, config.journal_full_wait_millis()), auth,
                blankToNull(config.auth_required_role()), new EsResponses(documents.factory(), name, config.es_version().trim()),
                counters, config.retry_after_seconds(), new InFlightBudget(config.max_inflight_bytes()), requestWorkers);
        InetSocketAddress address = new InetSocketAddress(config.bind_address(), config.port());
        try {
            this.channel = bind(config, context, ssl, address, pid);
        } catch (RuntimeException | InterruptedException e) {
            shutdown();
            throw e;
        }
        LOG.info("HTTP listener {} on {} ({}, auth {}, source type {}, max body {} bytes)", name, localAddress(),
                ssl == null ? "http" : "https", auth.enabled() ? "required" : "off",
                config.source_type().isBlank() ? "by index map or guessed" : config.source_type(), config.max_body_bytes());
    }

    private Channel bind(HttpListenerConfig config, ListenerContext context, @Nullable SslContext ssl,
            InetSocketAddress address, String pid) throws InterruptedException {
        ConnectionLimiter limiter = new ConnectionLimiter(name, config.max_connections(), counters);
        int idle = config.idle_timeout_seconds();
        int requestTimeout = config.request_timeout_seconds();
        ServerBootstrap b = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ChannelPipeline p = ch.pipeline();
                        p.addLast(limiter);
                        if (idle > 0) {
                            p.addLast(new IdleStateHandler(idle, 0, 0, TimeUnit.SECONDS));
                        }
                        if (ssl != null) {
                            p.addLast(ssl.newHandler(ch.alloc()));
                        }
                        if (requestTimeout > 0) {
                            p.addLast(new ReadDeadline(TimeUnit.SECONDS.toMillis(requestTimeout)));
                        }
                        p.addLast(new HttpServerCodec(), new HttpContentDecompressor(),
                                new CountingAggregator(config.max_body_bytes(), counters), new RequestHandler(context));
                    }
                });
        ChannelFuture future = b.bind(address).await();
        if (!future.isSuccess()) {
            throw new IllegalStateException(pid + "cannot listen on " + address + ": " + future.cause().getMessage(),
                    future.cause());
        }
        return future.channel();
    }

    private static @Nullable SslContext ssl(HttpListenerConfig config) {
        String cert = config.tls_certificate().trim();
        String key = config.tls_key().trim();
        if (cert.isEmpty() && key.isEmpty()) {
            if (!config.tls_client_ca().isBlank()) {
                throw new IllegalArgumentException("tls.client.ca needs tls.certificate and tls.key (HTTPS)");
            }
            return null;
        }
        if (cert.isEmpty() || key.isEmpty()) {
            throw new IllegalArgumentException("tls.certificate and tls.key go together: set both or neither");
        }
        for (String f : new String[] {cert, key}) {
            if (!new File(f).canRead()) {
                throw new IllegalArgumentException("cannot read the TLS file " + f);
            }
        }
        String ca = config.tls_client_ca().trim();
        String clientAuth = config.tls_client_auth().trim().toLowerCase(java.util.Locale.ROOT);
        if (!"optional".equals(clientAuth) && !"required".equals(clientAuth)) {
            throw new IllegalArgumentException("tls.client.auth must be optional or required, not '" + clientAuth + "'");
        }
        if (!ca.isEmpty() && !new File(ca).canRead()) {
            throw new IllegalArgumentException("cannot read the TLS file " + ca);
        }
        try {
            SslContextBuilder b = SslContextBuilder.forServer(new File(cert), new File(key));
            if (!ca.isEmpty()) {
                b.trustManager(new File(ca)).clientAuth("required".equals(clientAuth) ? ClientAuth.REQUIRE : ClientAuth.OPTIONAL);
            }
            return b.build();
        } catch (SSLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot load the TLS certificate " + cert + ", key " + key
                    + (ca.isEmpty() ? "" : " or client CA " + ca) + " (PEM, the key unencrypted PKCS#8): " + e.getMessage(), e);
        }
    }

    private static void validate(HttpListenerConfig config, String pid) {
        if (config.port() < 0 || config.port() > 65_535) {
            throw new IllegalArgumentException(pid + "port must be 0-65535, not " + config.port());
        }
        if (config.max_body_bytes() < 1024) {
            throw new IllegalArgumentException(pid + "max.body.bytes must be at least 1024, not " + config.max_body_bytes());
        }
        if (config.max_inflight_bytes() < config.max_body_bytes()) {
            throw new IllegalArgumentException(pid + "max.inflight.bytes must be at least max.body.bytes ("
                    + config.max_body_bytes() + "), not " + config.max_inflight_bytes());
        }
        if (config.max_connections() < 1) {
            throw new IllegalArgumentException(pid + "max.connections must be at least 1, not " + config.max_connections());
        }
        if (config.idle_timeout_seconds() < 0 || config.request_timeout_seconds() < 0) {
            throw new IllegalArgumentException(pid + "idle.timeout.seconds and request.timeout.seconds must not be negative");
        }
        if (config.journal_full_wait_millis() < 0 || config.retry_after_seconds() < 1) {
            throw new IllegalArgumentException(pid + "journal.full.wait.millis must not be negative and "
                    + "retry.after.seconds must be at least 1");
        }
        if (!config.es_version().trim().matches("\\d+\\.\\d+\\.\\d+")) {
            throw new IllegalArgumentException(pid + "es.version must be major.minor.patch, not '" + config.es_version() + "'");
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** @return the address the listener is bound to (the real port when the configuration said 0) */
    InetSocketAddress localAddress() {
        return (InetSocketAddress) channel.localAddress();
    }

    /** @return the counters beyond {@link InputStats}: accepted documents and answers by status */
    ListenerCounters counters() {
        return counters;
    }

    @Deactivate
    void deactivate() {
        channel.close().awaitUninterruptibly();
        shutdown();
        LOG.info("HTTP listener {} stopped: {}; {}", name, stats(), counters());
    }

    private void shutdown() {
        // Quiet period 0: a stopped listener frees its port now; open connections are closed with the group.
        group.shutdownGracefully(0, 5, TimeUnit.SECONDS).awaitUninterruptibly();
        // Never shutdownNow: an interrupt reaching the kernel's journal write would close its file for every input.
        workers.shutdown();
        requestWorkers.shutdown();
    }

    @Override
    public InputStats stats() {
        return counters.snapshot(name, TYPE);
    }
}
