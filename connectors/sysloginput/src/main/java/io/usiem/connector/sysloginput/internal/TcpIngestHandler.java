package io.usiem.connector.sysloginput.internal;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.timeout.IdleStateEvent;
import io.usiem.api.event.IpAddress;
import io.usiem.api.input.EventIngest;
import io.usiem.api.input.IngestInterruptedException;
import io.usiem.api.parser.RawLog;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import javax.net.ssl.SSLException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One TCP connection's hand-over to the journal. The frames read while no run is in flight go together to
 * {@link EventIngest#ingestAllAsync}; while that run is made durable the connection keeps reading into the next run,
 * up to {@link #WINDOW_BYTES}, and stops reading past it until the run is durable: the journal's pace is the sender's
 * pace (TCP back-pressure), and a connection never holds more than two windows. Reading on during a run matters:
 * a sender that closes with unread data on its side (a TLS 1.3 client that never read the server's session ticket,
 * for one) resets the connection, and the receiver's kernel then throws away whatever we had not read yet.
 * Lines the kernel did not accept are counted by reason and the connection is closed, so the sender sees the
 * failure instead of a silent loss.
 */
final class TcpIngestHandler extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(TcpIngestHandler.class);

    private final EventIngest ingest;
    private final RawLogFactory factory;
    private final ListenerCounters counters;
    /** Bytes read ahead of a run in flight before the connection stops reading. */
    static final int WINDOW_BYTES = 256 * 1024;

    private final boolean rejectOversize;
    private List<RawLog> pending = new ArrayList<>();
    private long pendingBytes;
    private boolean inFlight;
    private InetSocketAddress peer;
    private @Nullable IpAddress peerIp;
    /** When the current read arrived: one clock reading for all its lines; 0 until its first line. */
    private long readNanos;
    private int readLines;
    private long readBytes;

    TcpIngestHandler(EventIngest ingest, RawLogFactory factory, ListenerCounters counters, boolean rejectOversize) {
        this.ingest = ingest;
        this.factory = factory;
        this.counters = counters;
        this.rejectOversize = rejectOversize;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        peer = (InetSocketAddress) ctx.channel().remoteAddress();
        peerIp = RawLogFactory.peer(peer);
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        Frame frame = (Frame) msg;
        readLines++;
        readBytes += frame.size();
        if (frame.truncated() && rejectOversize) {
            counters.dropped(ListenerCounters.OVERSIZE, 1);
            return;
        }
        if (readNanos == 0) {
            readNanos = RawLogFactory.nowNanos();
        }
        pending.add(factory.create(frame, peerIp, readNanos));
        pendingBytes += frame.size();
        if (inFlight && pendingBytes >= WINDOW_BYTES) {
            ctx.channel().config().setAutoRead(false);
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        readNanos = 0;
        // Counted per read, not per line: the counters are shared by every connection of the listener.
        counters.received(readLines, readBytes);
        readLines = 0;
        readBytes = 0;
        if (!inFlight) {
            submit(ctx);
        }
    }

    /** Hands over what is pending; reading goes on into the next run until the window is full. */
    private void submit(ChannelHandlerContext ctx) {
        ctx.channel().config().setAutoRead(true);
        if (pending.isEmpty()) {
            return;
        }
        List<RawLog> lines = pending;
        pending = new ArrayList<>();
        pendingBytes = 0;
        CompletableFuture<Integer> done;
        try {
            done = ingest.ingestAllAsync(lines);
        } catch (IllegalStateException e) {
            notAccepted(ctx, lines.size(), ListenerCounters.KERNEL_STOPPING, "the kernel is stopping");
            return;
        } catch (IngestInterruptedException e) {
            // Only the event loop's shutdown interrupts it: keep the status for Netty to see.
            Thread.currentThread().interrupt();
            notAccepted(ctx, lines.size(), ListenerCounters.KERNEL_STOPPING, "interrupted while the journal was full");
            return;
        }
        inFlight = true;
        done.whenComplete((accepted, error) -> ctx.executor().execute(() -> completed(ctx, lines.size(), accepted, error)));
    }

    private void completed(ChannelHandlerContext ctx, int size, Integer accepted, Throwable error) {
        inFlight = false;
        if (error != null) {
            LOG.warn("Syslog from {}: the journal failed to store {} lines; closing the connection", peer, size, error);
            notAccepted(ctx, size, ListenerCounters.JOURNAL_ERROR, null);
        } else if (accepted < size) {
            notAccepted(ctx, size - accepted, ListenerCounters.KERNEL_STOPPING, "the kernel stopped during the hand-over");
        } else {
            submit(ctx);
        }
    }

    private void notAccepted(ChannelHandlerContext ctx, int lines, String reason, String why) {
        counters.dropped(reason, lines);
        if (why != null) {
            LOG.info("Syslog from {}: {} lines not accepted ({}); closing the connection", peer, lines, why);
        }
        pending.clear();
        pendingBytes = 0;
        ctx.close();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof IdleStateEvent) {
            if (inFlight) {
                return; // the sender is not idle: we are, waiting for the journal
            }
            LOG.debug("Syslog from {}: idle timeout, closing the connection", peer);
            ctx.close();
        } else {
            ctx.fireUserEventTriggered(evt);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof DecoderException && cause.getCause() instanceof SSLException) {
            // A client that cannot agree on TLS (wrong CA, plain text on the TLS port, no client certificate).
            counters.dropped(ListenerCounters.TLS_ERROR, 1);
            LOG.info("Syslog from {}: TLS failed: {}; closing the connection", peer, cause.getCause().getMessage());
        } else if (cause instanceof CorruptedFrameException) {
            counters.dropped(ListenerCounters.FRAMING_ERROR, 1);
            LOG.info("Syslog from {}: {}; closing the connection", peer, cause.getMessage());
        } else if (cause instanceof IOException) {
            LOG.debug("Syslog from {}: {}", peer, cause.toString());
        } else {
            LOG.warn("Syslog from {}: closing the connection", peer, cause);
        }
        ctx.close();
    }
}
