package io.usiem.connector.sysloginput.internal;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.timeout.IdleStateEvent;
import io.usiem.api.input.EventIngest;
import io.usiem.api.input.IngestInterruptedException;
import io.usiem.api.parser.RawLog;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One TCP connection's hand-over to the journal. The frames of one read go together to
 * {@link EventIngest#ingestAllAsync}, and the connection reads nothing more until that run is durable: the journal's
 * pace is the sender's pace (TCP back-pressure), and the kernel window never holds more than one read per
 * connection. Lines the kernel did not accept are counted by reason and the connection is closed, so the sender
 * sees the failure instead of a silent loss.
 */
final class TcpIngestHandler extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(TcpIngestHandler.class);

    private final EventIngest ingest;
    private final RawLogFactory factory;
    private final ListenerCounters counters;
    private List<RawLog> pending = new ArrayList<>();
    private boolean inFlight;
    private InetSocketAddress peer;

    TcpIngestHandler(EventIngest ingest, RawLogFactory factory, ListenerCounters counters) {
        this.ingest = ingest;
        this.factory = factory;
        this.counters = counters;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        peer = (InetSocketAddress) ctx.channel().remoteAddress();
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        Frame frame = (Frame) msg;
        counters.received(1, frame.bytes().length);
        pending.add(factory.create(frame, peer));
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        if (!inFlight) {
            submit(ctx);
        }
    }

    /** Hands over what is pending and stops reading until it is durable; resumes reading when nothing is pending. */
    private void submit(ChannelHandlerContext ctx) {
        if (pending.isEmpty()) {
            ctx.channel().config().setAutoRead(true);
            return;
        }
        List<RawLog> lines = pending;
        pending = new ArrayList<>();
        ctx.channel().config().setAutoRead(false);
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
        if (cause instanceof CorruptedFrameException) {
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
