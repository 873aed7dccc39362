package io.usiem.connector.sysloginput.internal;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import io.usiem.api.event.IpAddress;
import io.usiem.api.input.EventIngest;

import java.net.InetSocketAddress;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each datagram's messages (one, or several packed one per line: see {@link DatagramSplit}; a trailing line end
 * is dropped) to the journal without waiting: UDP cannot push back, so a full journal drops the message and counts it
 * {@code journal_full}. Each message counts as received; the datagram's bytes count once.
 */
final class UdpIngestHandler extends SimpleChannelInboundHandler<DatagramPacket> {
    private static final Logger LOG = LoggerFactory.getLogger(UdpIngestHandler.class);

    private final EventIngest ingest;
    private final RawLogFactory factory;
    private final ListenerCounters counters;
    private final int maxFrameBytes;
    private final boolean rejectOversize;
    private final DatagramSplit split;
    private @Nullable InetSocketAddress lastSender;
    private @Nullable IpAddress lastPeer;

    UdpIngestHandler(EventIngest ingest, RawLogFactory factory, ListenerCounters counters, int maxFrameBytes,
            boolean rejectOversize, DatagramSplit split) {
        this.split = split;
        this.rejectOversize = rejectOversize;
        this.ingest = ingest;
        this.factory = factory;
        this.counters = counters;
        this.maxFrameBytes = maxFrameBytes;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
        ByteBuf content = packet.content();
        int size = content.readableBytes();
        boolean truncated = size > maxFrameBytes;
        ByteBuf kept = truncated ? Unpooled.wrappedBuffer(SyslogFrameDecoder.readTruncated(content, maxFrameBytes)) : content;
        counters.received(0, size);
        IpAddress peer = peer(packet.sender());
        long now = RawLogFactory.nowNanos();
        int end = kept.writerIndex();
        for (int start = kept.readerIndex(); start < end; ) {
            int stop = split.messageEnd(kept, start, end);
            // Only the datagram's last message can be the one cut at max.frame.bytes.
            Frame frame = Frame.of(kept, start, stop - start, truncated && stop == end, true);
            start = stop + 1;
            if (!frame.isEmpty()) {
                hand(frame, peer, now);
            }
        }
    }

    private void hand(Frame frame, @Nullable IpAddress peer, long now) {
        counters.received(1, 0);
        if (frame.truncated() && rejectOversize) {
            counters.dropped(ListenerCounters.OVERSIZE, 1);
            return;
        }
        try {
            if (!ingest.tryIngest(factory.create(frame, peer, now))) {
                counters.dropped(ListenerCounters.JOURNAL_FULL, 1);
            }
        } catch (IllegalStateException e) {
            counters.dropped(ListenerCounters.KERNEL_STOPPING, 1);
        }
    }

    /** Senders are few and send many datagrams each: their address is converted once, not per datagram. */
    private @Nullable IpAddress peer(InetSocketAddress sender) {
        if (!sender.equals(lastSender)) {
            lastSender = sender;
            lastPeer = RawLogFactory.peer(sender);
        }
        return lastPeer;
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // A datagram socket stays open: one bad datagram must not stop the listener.
        LOG.warn("Syslog UDP listener: {}", cause.toString());
    }
}
