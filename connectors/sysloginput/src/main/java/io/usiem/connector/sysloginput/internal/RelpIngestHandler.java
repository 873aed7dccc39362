package io.usiem.connector.sysloginput.internal;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.timeout.IdleStateEvent;
import io.usiem.api.event.IpAddress;
import io.usiem.api.input.EventIngest;
import io.usiem.api.input.IngestInterruptedException;
import io.usiem.api.parser.RawLog;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One RELP session (rsyslog's omrelp, librelp): {@code open} is answered with our offers (RELP version 0, the
 * {@code syslog} command), every {@code syslog} frame is acknowledged ({@code 200 OK}) only once the journal holds
 * its message, and {@code close} is answered after the last acknowledgement. The messages read while no run is in
 * flight go to the journal together and are acknowledged together, in order; reading goes on during a run up to the
 * same read-ahead window as TCP, then stops (back-pressure). Messages the kernel did not take are not acknowledged:
 * the connection is closed and the client sends them again after reconnecting, as RELP intends.
 */
final class RelpIngestHandler extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(RelpIngestHandler.class);
    private static final String OFFERS = "200 OK\nrelp_version=0\nrelp_software=usiem\ncommands=syslog";

    private final EventIngest ingest;
    private final RawLogFactory factory;
    private final ListenerCounters counters;
    private final boolean rejectOversize;
    private List<RawLog> pending = new ArrayList<>();
    /** Transaction numbers to acknowledge once the pending lines are durable (some carry no line: empty, rejected). */
    private List<Long> pendingTxnrs = new ArrayList<>();
    private long pendingBytes;
    private boolean inFlight;
    private long closeTxnr = -1;
    private InetSocketAddress peer;
    private @Nullable IpAddress peerIp;
    private long readNanos;

    RelpIngestHandler(EventIngest ingest, RawLogFactory factory, ListenerCounters counters, boolean rejectOversize) {
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
        RelpFrame f = (RelpFrame) msg;
        switch (f.command()) {
            case "syslog" -> syslog(ctx, f);
            case "open" -> ctx.write(answer(ctx, f.txnr(), OFFERS));
            case "close" -> closeTxnr = f.txnr();
            default -> ctx.write(answer(ctx, f.txnr(), "500 unknown command " + f.command()));
        }
    }

    private void syslog(ChannelHandlerContext ctx, RelpFrame f) {
        Frame frame = f.data();
        pendingTxnrs.add(f.txnr());
        if (frame.isEmpty()) {
            return;
        }
        counters.received(1, frame.size());
        if (frame.truncated() && rejectOversize) {
            counters.dropped(ListenerCounters.OVERSIZE, 1);
            return;
        }
        if (readNanos == 0) {
            readNanos = RawLogFactory.nowNanos();
        }
        pending.add(factory.create(frame, peerIp, readNanos));
        pendingBytes += frame.size();
        if (inFlight && pendingBytes >= TcpIngestHandler.WINDOW_BYTES) {
            ctx.channel().config().setAutoRead(false);
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        readNanos = 0;
        if (!inFlight) {
            submit(ctx);
        }
        ctx.flush();
    }

    private void submit(ChannelHandlerContext ctx) {
        ctx.channel().config().setAutoRead(true);
        List<RawLog> lines = pending;
        List<Long> txnrs = pendingTxnrs;
        pending = new ArrayList<>();
        pendingTxnrs = new ArrayList<>();
        pendingBytes = 0;
        if (lines.isEmpty()) {
            acknowledge(ctx, txnrs);
            return;
        }
        CompletableFuture<Integer> done;
        try {
            done = ingest.ingestAllAsync(lines);
        } catch (IllegalStateException e) {
            notAccepted(ctx, lines.size(), ListenerCounters.KERNEL_STOPPING, "the kernel is stopping");
            return;
        } catch (IngestInterruptedException e) {
            Thread.currentThread().interrupt();
            notAccepted(ctx, lines.size(), ListenerCounters.KERNEL_STOPPING, "interrupted while the journal was full");
            return;
        }
        inFlight = true;
        done.whenComplete((accepted, error) -> ctx.executor().execute(() -> completed(ctx, lines.size(), txnrs, accepted, error)));
    }

    private void completed(ChannelHandlerContext ctx, int size, List<Long> txnrs, Integer accepted, Throwable error) {
        inFlight = false;
        if (error != null) {
            LOG.warn("RELP from {}: the journal failed to store {} lines; closing the connection unacknowledged", peer, size, error);
            notAccepted(ctx, size, ListenerCounters.JOURNAL_ERROR, null);
        } else if (accepted < size) {
            // Part of the run is journaled: acknowledging none, the client sends it all again (at-least-once).
            notAccepted(ctx, size - accepted, ListenerCounters.KERNEL_STOPPING, "the kernel stopped during the hand-over");
        } else {
            acknowledge(ctx, txnrs);
            submit(ctx);
            ctx.flush();
        }
    }

    /** Acknowledges a durable run; answers close once nothing is left to acknowledge. */
    private void acknowledge(ChannelHandlerContext ctx, List<Long> txnrs) {
        for (long txnr : txnrs) {
            ctx.write(answer(ctx, txnr, "200 OK"));
        }
        if (closeTxnr >= 0 && pending.isEmpty() && pendingTxnrs.isEmpty() && !inFlight) {
            ctx.writeAndFlush(answer(ctx, closeTxnr, "")).addListener(ChannelFutureListener.CLOSE);
            closeTxnr = -1;
        }
    }

    private static ByteBuf answer(ChannelHandlerContext ctx, long txnr, String data) {
        byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
        String head = txnr + " rsp " + bytes.length + (bytes.length > 0 ? " " : "");
        ByteBuf b = ctx.alloc().buffer(head.length() + bytes.length + 1);
        b.writeCharSequence(head, StandardCharsets.US_ASCII);
        b.writeBytes(bytes);
        b.writeByte('\n');
        return b;
    }

    private void notAccepted(ChannelHandlerContext ctx, int lines, String reason, @Nullable String why) {
        counters.dropped(reason, lines);
        if (why != null) {
            LOG.info("RELP from {}: {} lines not accepted ({}); closing the connection unacknowledged", peer, lines, why);
        }
        pending.clear();
        pendingTxnrs.clear();
        pendingBytes = 0;
        ctx.close();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof IdleStateEvent) {
            if (!inFlight) {
                LOG.debug("RELP from {}: idle timeout, closing the connection", peer);
                ctx.close();
            }
        } else {
            ctx.fireUserEventTriggered(evt);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof CorruptedFrameException || cause.getCause() instanceof CorruptedFrameException) {
            counters.dropped(ListenerCounters.FRAMING_ERROR, 1);
            LOG.info("RELP from {}: {}; closing the connection", peer, cause.getMessage());
        } else if (cause instanceof IOException) {
            LOG.debug("RELP from {}: {}", peer, cause.toString());
        } else {
            LOG.warn("RELP from {}: closing the connection", peer, cause);
        }
        ctx.close();
    }
}
