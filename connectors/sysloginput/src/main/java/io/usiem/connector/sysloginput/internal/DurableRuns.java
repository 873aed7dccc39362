package io.usiem.connector.sysloginput.internal;

import io.netty.channel.ChannelHandlerContext;
import io.usiem.api.event.IpAddress;
import io.usiem.api.input.EventIngest;
import io.usiem.api.input.IngestInterruptedException;
import io.usiem.api.parser.RawLog;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;

/**
 * One stream connection's hand-over to the journal, shared by the TCP and RELP handlers so that both keep the same
 * guarantees. The lines read while no run is in flight go together to {@link EventIngest#ingestAllAsync}; while that
 * run is made durable the connection keeps reading into the next run, up to {@link #WINDOW_BYTES}, and stops reading
 * past it until the run is durable: the journal's pace is the sender's pace (TCP back-pressure), and a connection never
 * holds more than two windows. Reading on during a run matters: a sender that closes with unread data on its side
 * (a TLS 1.3 client that never read the server's session ticket, for one) resets the connection, and the receiver's
 * kernel then throws away whatever we had not read yet. Lines the kernel did not accept are counted by reason and the
 * connection is closed, so the sender sees the failure instead of a silent loss.
 *
 * <p>Everything here runs on the connection's event loop (the completion hops back to it), so no field needs a lock.
 *
 * @param <R> what the handler attaches to a run besides its lines (RELP: the transaction numbers to acknowledge)
 */
final class DurableRuns<R> {
    /** Bytes read ahead of a run in flight before the connection stops reading. */
    static final int WINDOW_BYTES = 256 * 1024;

    /** What is the handler's own around a run: called on the event loop. */
    interface Owner<R> {
        /** Takes what belongs to the run being handed over (or thrown away) besides its lines. */
        R takeRun();

        /** The run is durable, or it had no lines to store. */
        void durable(ChannelHandlerContext ctx, R run);

        /** A completion has acknowledged its run and handed over the next one (RELP flushes its answers here). */
        default void completionDone(ChannelHandlerContext ctx) {
        }
    }

    private final EventIngest ingest;
    private final RawLogFactory factory;
    private final ListenerCounters counters;
    private final boolean rejectOversize;
    private final Owner<R> owner;
    private final Logger log;
    /** "Syslog" or "RELP": how the log lines name this connection. */
    private final String protocol;
    /** How the log lines end when the connection is closed on a failure (RELP adds "unacknowledged"). */
    private final String closing;

    private List<RawLog> pending = new ArrayList<>();
    private long pendingBytes;
    private boolean inFlight;
    private @Nullable InetSocketAddress peer;
    private @Nullable IpAddress peerIp;
    /** When the current read arrived: one clock reading for all its lines; 0 until its first line. */
    private long readNanos;

    DurableRuns(EventIngest ingest, RawLogFactory factory, ListenerCounters counters, boolean rejectOversize,
            Owner<R> owner, Logger log, String protocol, String closing) {
        this.ingest = ingest;
        this.factory = factory;
        this.counters = counters;
        this.rejectOversize = rejectOversize;
        this.owner = owner;
        this.log = log;
        this.protocol = protocol;
        this.closing = closing;
    }

    /** Takes the connection's peer from the channel: the origin of its lines and the name in the log. */
    void active(ChannelHandlerContext ctx) {
        peer = (InetSocketAddress) ctx.channel().remoteAddress();
        peerIp = RawLogFactory.peer(peer);
    }

    /** An idle timeout closes the connection, unless a run is in flight: then the sender is not idle, we are. */
    void idle(ChannelHandlerContext ctx) {
        if (!inFlight) {
            log.debug("{} from {}: idle timeout, closing the connection", protocol, peer);
            ctx.close();
        }
    }

    @Nullable InetSocketAddress peer() {
        return peer;
    }

    boolean inFlight() {
        return inFlight;
    }

    /** True when no line waits for the next run. */
    boolean nothingPending() {
        return pending.isEmpty();
    }

    /** Adds a frame's line to the next run; past the window while a run is in flight, the connection stops reading. */
    void add(ChannelHandlerContext ctx, Frame frame) {
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

    /** The end of a read: its lines are handed over now unless a run is in flight (its completion hands them over). */
    void readComplete(ChannelHandlerContext ctx) {
        readNanos = 0;
        if (!inFlight) {
            submit(ctx);
        }
    }

    /** Hands over what is pending; reading goes on into the next run until the window is full. */
    private void submit(ChannelHandlerContext ctx) {
        ctx.channel().config().setAutoRead(true);
        R run = owner.takeRun();
        if (pending.isEmpty()) {
            owner.durable(ctx, run);
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
        done.whenComplete((accepted, error) -> ctx.executor().execute(() -> completed(ctx, lines.size(), run, accepted, error)));
    }

    private void completed(ChannelHandlerContext ctx, int size, R run, Integer accepted, Throwable error) {
        inFlight = false;
        if (error != null) {
            log.warn("{} from {}: the journal failed to store {} lines; {}", protocol, peer, size, closing, error);
            notAccepted(ctx, size, ListenerCounters.JOURNAL_ERROR, null);
        } else if (accepted < size) {
            // Part of the run is journaled: RELP acknowledges none, so the client sends it all again (at-least-once).
            notAccepted(ctx, size - accepted, ListenerCounters.KERNEL_STOPPING, "the kernel stopped during the hand-over");
        } else {
            owner.durable(ctx, run);
            submit(ctx);
            owner.completionDone(ctx);
        }
    }

    private void notAccepted(ChannelHandlerContext ctx, int lines, String reason, @Nullable String why) {
        counters.dropped(reason, lines);
        if (why != null) {
            log.info("{} from {}: {} lines not accepted ({}); {}", protocol, peer, lines, why, closing);
        }
        pending.clear();
        pendingBytes = 0;
        owner.takeRun(); // what the handler attached to the lost lines goes with them (RELP: never acknowledged)
        ctx.close();
    }
}
