package io.usiem.connector.sysloginput.internal;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.timeout.IdleStateEvent;
import io.usiem.api.input.EventIngest;

import java.io.IOException;

import javax.net.ssl.SSLException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One TCP (or TLS) connection: its frames go to the journal in runs through {@link DurableRuns} (read-ahead window,
 * back-pressure, closing on lines the kernel did not take); what is TCP's own is counting the bytes and lines per read.
 */
final class TcpIngestHandler extends ChannelInboundHandlerAdapter implements DurableRuns.Owner<Void> {
    private static final Logger LOG = LoggerFactory.getLogger(TcpIngestHandler.class);
    /** Bytes read ahead of a run in flight before the connection stops reading (the tests size their floods by it). */
    static final int WINDOW_BYTES = DurableRuns.WINDOW_BYTES;

    private final ListenerCounters counters;
    private final DurableRuns<Void> runs;
    private int readLines;
    private long readBytes;

    TcpIngestHandler(EventIngest ingest, RawLogFactory factory, ListenerCounters counters, boolean rejectOversize) {
        this.counters = counters;
        this.runs = new DurableRuns<>(ingest, factory, counters, rejectOversize, this, LOG, "Syslog",
                "closing the connection");
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        runs.active(ctx);
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        Frame frame = (Frame) msg;
        readLines++;
        readBytes += frame.size();
        runs.add(ctx, frame);
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        // Counted per read, not per line: the counters are shared by every connection of the listener.
        counters.received(readLines, readBytes);
        readLines = 0;
        readBytes = 0;
        runs.readComplete(ctx);
    }

    @Override
    public @Nullable Void takeRun() {
        return null; // a TCP sender is never told what was stored: nothing goes with a run
    }

    @Override
    public void durable(ChannelHandlerContext ctx, @Nullable Void run) {
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
        if (cause instanceof DecoderException && cause.getCause() instanceof SSLException) {
            // A client that cannot agree on TLS (wrong CA, plain text on the TLS port, no client certificate).
            counters.dropped(ListenerCounters.TLS_ERROR, 1);
            LOG.info("Syslog from {}: TLS failed: {}; closing the connection", runs.peer(), cause.getCause().getMessage());
        } else if (cause instanceof CorruptedFrameException) {
            counters.dropped(ListenerCounters.FRAMING_ERROR, 1);
            LOG.info("Syslog from {}: {}; closing the connection", runs.peer(), cause.getMessage());
        } else if (cause instanceof IOException) {
            LOG.debug("Syslog from {}: {}", runs.peer(), cause.toString());
        } else {
            LOG.warn("Syslog from {}: closing the connection", runs.peer(), cause);
        }
        ctx.close();
    }
}
