package io.usiem.connector.sysloginput.internal;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.timeout.IdleStateEvent;
import io.usiem.api.input.EventIngest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One RELP session (rsyslog's omrelp, librelp): {@code open} is answered with our offers (RELP version 0, the
 * {@code syslog} command), every {@code syslog} frame is acknowledged ({@code 200 OK}) only once the journal holds
 * its message, and {@code close} is answered after the last acknowledgement. The messages go to the journal in runs
 * through {@link DurableRuns}, the same read-ahead window and back-pressure as TCP, and a run's messages are
 * acknowledged together, in order, when it is durable. Messages the kernel did not take are not acknowledged: the
 * connection is closed and the client sends them again after reconnecting, as RELP intends.
 */
final class RelpIngestHandler extends ChannelInboundHandlerAdapter implements DurableRuns.Owner<List<Long>> {
    private static final Logger LOG = LoggerFactory.getLogger(RelpIngestHandler.class);
    private static final String OFFERS = "200 OK\nrelp_version=0\nrelp_software=usiem\ncommands=syslog";

    private final ListenerCounters counters;
    private final DurableRuns<List<Long>> runs;
    /** Transaction numbers to acknowledge once the pending lines are durable (some carry no line: empty, rejected). */
    private List<Long> pendingTxnrs = new ArrayList<>();
    private long closeTxnr = -1;

    RelpIngestHandler(EventIngest ingest, RawLogFactory factory, ListenerCounters counters, boolean rejectOversize) {
        this.counters = counters;
        this.runs = new DurableRuns<>(ingest, factory, counters, rejectOversize, this, LOG, "RELP",
                "closing the connection unacknowledged");
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        runs.active(ctx);
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
        runs.add(ctx, frame);
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        runs.readComplete(ctx);
        ctx.flush();
    }

    @Override
    public List<Long> takeRun() {
        List<Long> txnrs = pendingTxnrs;
        pendingTxnrs = new ArrayList<>();
        return txnrs;
    }

    /** Acknowledges a durable run; answers close once nothing is left to acknowledge. */
    @Override
    public void durable(ChannelHandlerContext ctx, List<Long> txnrs) {
        for (long txnr : txnrs) {
            ctx.write(answer(ctx, txnr, "200 OK"));
        }
        if (closeTxnr >= 0 && runs.nothingPending() && pendingTxnrs.isEmpty() && !runs.inFlight()) {
            ctx.writeAndFlush(answer(ctx, closeTxnr, "")).addListener(ChannelFutureListener.CLOSE);
            closeTxnr = -1;
        }
    }

    @Override
    public void completionDone(ChannelHandlerContext ctx) {
        ctx.flush();
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

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof IdleStateEvent) {
            runs.idle(ctx);
        } else {
            ctx.fireUserEventTriggered(evt);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof CorruptedFrameException || cause.getCause() instanceof CorruptedFrameException) {
            counters.dropped(ListenerCounters.FRAMING_ERROR, 1);
            LOG.info("RELP from {}: {}; closing the connection", runs.peer(), cause.getMessage());
        } else if (cause instanceof IOException) {
            LOG.debug("RELP from {}: {}", runs.peer(), cause.toString());
        } else {
            LOG.warn("RELP from {}: closing the connection", runs.peer(), cause);
        }
        ctx.close();
    }
}
