package io.usiem.connector.sysloginput.internal;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.usiem.api.input.EventIngest;
import io.usiem.api.input.Input;
import io.usiem.api.input.InputStats;

import java.net.InetSocketAddress;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A syslog listener: one protocol (UDP, TCP or TLS) on one address and port, handing every message to the kernel's
 * journal. One instance per factory configuration, so listeners for other ports, source types or tenants are
 * added with a {@code .cfg} file at runtime. Registered as an {@link Input} for its counters. A TLS listener without
 * a certificate is registered but does not listen, so the shipped TLS configuration waits for the user's files.
 */
// Immediate: a listener binds its port as soon as it is configured and the kernel runs (and again after a kernel
// restart), not when something first asks for its Input service.
@Component(immediate = true, service = Input.class, configurationPid = SyslogListenerConfig.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = SyslogListenerConfig.class, factory = true)
public final class SyslogListener implements Input {
    private static final Logger LOG = LoggerFactory.getLogger(SyslogListener.class);
    /** Largest UDP payload (IPv4): a buffer this big never lets the kernel cut a datagram silently. */
    private static final int MAX_DATAGRAM = 65_507;

    private final String name;
    private final String type;
    private final ListenerCounters counters = new ListenerCounters();
    private final EventLoopGroup group;
    /** Null for a TLS listener without a certificate. */
    private final Channel channel;

    /**
     * @param ingest the kernel's ingest service
     * @param config the listener's configuration; invalid values or a port in use fail activation with the reason
     * @throws InterruptedException if interrupted while binding
     */
    @Activate
    public SyslogListener(@Reference EventIngest ingest, SyslogListenerConfig config) throws InterruptedException {
        this.name = config.name();
        String protocol = config.protocol().trim().toLowerCase(java.util.Locale.ROOT);
        validate(config, protocol);
        this.type = "syslog-" + protocol;
        boolean rejectOversize = "reject".equals(config.oversize().trim().toLowerCase(java.util.Locale.ROOT));
        SslContext tls = "tls".equals(protocol) ? TlsContexts.serverContext(config) : null;
        RawLogFactory factory = new RawLogFactory(name, blankToNull(config.source_type()), blankToNull(config.tenant()),
                new SyslogHeaderReader(zone(config)));
        InetSocketAddress address = new InetSocketAddress(config.bind_address(), config.port());
        if ("tls".equals(protocol) && tls == null) {
            this.group = null;
            this.channel = null;
            LOG.info("Syslog listener {}: TLS on {} waits for tls.certificate and tls.key; not listening", name, address);
            return;
        }
        // UDP needs one thread (one socket); TCP shares two between accepting and reading (the machine is small).
        this.group = new MultiThreadIoEventLoopGroup("udp".equals(protocol) ? 1 : 2,
                new DefaultThreadFactory("usiem-syslog-" + name, true), NioIoHandler.newFactory());
        try {
            this.channel = "udp".equals(protocol) ? bindUdp(ingest, factory, config, address, rejectOversize)
                    : bindTcp(ingest, factory, config, address, tls, rejectOversize);
        } catch (RuntimeException | InterruptedException e) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            throw e;
        }
        LOG.info("Syslog listener {} on {} {} (source type {}, max frame {} bytes)", name, protocol,
                localAddress(), config.source_type().isBlank() ? "guessed" : config.source_type(),
                config.max_frame_bytes());
        if ("udp".equals(protocol)) {
            int granted = channel.config().getOption(ChannelOption.SO_RCVBUF);
            if (granted < config.receive_buffer_bytes()) {
                // Linux caps SO_RCVBUF at net.core.rmem_max (often 208 KiB): bursts then overflow it.
                LOG.warn("Syslog listener {}: the OS granted a {} byte receive buffer of the {} asked for; raise "
                        + "net.core.rmem_max (sysctl) so bursts are not dropped", name, granted, config.receive_buffer_bytes());
            }
        }
    }

    private Channel bindUdp(EventIngest ingest, RawLogFactory factory, SyslogListenerConfig config,
            InetSocketAddress address, boolean rejectOversize) throws InterruptedException {
        // One byte more than max.frame.bytes shows that a datagram was longer (then it is truncated and tagged).
        int buffer = Math.min(config.max_frame_bytes() + 1, MAX_DATAGRAM);
        Bootstrap b = new Bootstrap().group(group).channel(NioDatagramChannel.class)
                .option(ChannelOption.RCVBUF_ALLOCATOR, new FixedRecvByteBufAllocator(buffer))
                .option(ChannelOption.SO_RCVBUF, config.receive_buffer_bytes())
                .handler(new UdpIngestHandler(ingest, factory, counters, config.max_frame_bytes(), rejectOversize,
                        DatagramSplit.of(config.udp_split())));
        return bind(b.bind(address), address);
    }

    private Channel bindTcp(EventIngest ingest, RawLogFactory factory, SyslogListenerConfig config,
            InetSocketAddress address, SslContext tls, boolean rejectOversize) throws InterruptedException {
        ConnectionLimiter limiter = new ConnectionLimiter(name, config.max_connections(), counters);
        int idle = config.idle_timeout_seconds();
        boolean relp = "relp".equals(type.substring("syslog-".length()));
        ServerBootstrap b = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(limiter);
                        if (tls != null) {
                            // After the limiter: a refused connection costs no handshake.
                            ch.pipeline().addLast(tls.newHandler(ch.alloc()));
                        }
                        if (idle > 0) {
                            ch.pipeline().addLast(new IdleStateHandler(idle, 0, 0, TimeUnit.SECONDS));
                        }
                        if (relp) {
                            ch.pipeline().addLast(new RelpFrameDecoder(config.max_frame_bytes()),
                                    new RelpIngestHandler(ingest, factory, counters, rejectOversize));
                        } else {
                            ch.pipeline().addLast(new SyslogFrameDecoder(config.max_frame_bytes()),
                                    new TcpIngestHandler(ingest, factory, counters, rejectOversize));
                        }
                    }
                });
        return bind(b.bind(address), address);
    }

    private Channel bind(io.netty.channel.ChannelFuture future, InetSocketAddress address) throws InterruptedException {
        future.await();
        if (!future.isSuccess()) {
            throw new IllegalStateException(SyslogListenerConfig.FACTORY_PID + " " + name + ": cannot listen on "
                    + address + ": " + future.cause().getMessage(), future.cause());
        }
        return future.channel();
    }

    private static void validate(SyslogListenerConfig config, String protocol) {
        String pid = SyslogListenerConfig.FACTORY_PID + " " + config.name() + ": ";
        if (!"udp".equals(protocol) && !"tcp".equals(protocol) && !"tls".equals(protocol) && !"relp".equals(protocol)) {
            throw new IllegalArgumentException(pid + "protocol must be udp, tcp, tls or relp, not '" + config.protocol() + "'");
        }
        try {
            DatagramSplit.of(config.udp_split());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(pid + e.getMessage(), e);
        }
        String oversize = config.oversize().trim().toLowerCase(java.util.Locale.ROOT);
        if (!"truncate".equals(oversize) && !"reject".equals(oversize)) {
            throw new IllegalArgumentException(pid + "oversize must be truncate or reject, not '" + config.oversize() + "'");
        }
        if (config.port() < 0 || config.port() > 65_535) {
            throw new IllegalArgumentException(pid + "port must be 0-65535, not " + config.port());
        }
        if (config.max_frame_bytes() < 64) {
            throw new IllegalArgumentException(pid + "max.frame.bytes must be at least 64, not " + config.max_frame_bytes());
        }
        if (config.receive_buffer_bytes() < 1024) {
            throw new IllegalArgumentException(pid + "receive.buffer.bytes must be at least 1024, not " + config.receive_buffer_bytes());
        }
        if (config.max_connections() < 1) {
            throw new IllegalArgumentException(pid + "max.connections must be at least 1, not " + config.max_connections());
        }
        if (config.idle_timeout_seconds() < 0) {
            throw new IllegalArgumentException(pid + "idle.timeout.seconds must not be negative");
        }
    }

    private static ZoneId zone(SyslogListenerConfig config) {
        try {
            return ZoneId.of(config.timezone().trim());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(SyslogListenerConfig.FACTORY_PID + " " + config.name()
                    + ": unknown timezone '" + config.timezone() + "'", e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** @return the address the listener is bound to (the real port when the configuration said 0) */
    InetSocketAddress localAddress() {
        return channel == null ? null : (InetSocketAddress) channel.localAddress();
    }

    @Deactivate
    void deactivate() {
        if (channel == null) {
            return;
        }
        channel.close().awaitUninterruptibly();
        // Quiet period 0: a stopped listener should free its port now; open connections are closed with the group.
        group.shutdownGracefully(0, 5, TimeUnit.SECONDS).awaitUninterruptibly();
        LOG.info("Syslog listener {} stopped: {}", name, stats());
    }

    @Override
    public InputStats stats() {
        long osDrops = "syslog-udp".equals(type) && channel != null ? UdpSocketDrops.dropped(localAddress().getPort()) : -1;
        return counters.snapshot(name, type, osDrops);
    }
}
