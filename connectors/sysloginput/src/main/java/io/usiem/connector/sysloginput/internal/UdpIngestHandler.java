package io.usiem.connector.sysloginput.internal;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import io.usiem.api.input.EventIngest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each datagram (one message; a trailing line end is dropped) to the journal without waiting: UDP cannot push
 * back, so a full journal drops the message and counts it {@code journal_full}.
 */
final class UdpIngestHandler extends SimpleChannelInboundHandler<DatagramPacket> {
    private static final Logger LOG = LoggerFactory.getLogger(UdpIngestHandler.class);

    private final EventIngest ingest;
    private final RawLogFactory factory;
    private final ListenerCounters counters;
    private final int maxFrameBytes;
    private final boolean rejectOversize;

    UdpIngestHandler(EventIngest ingest, RawLogFactory factory, ListenerCounters counters, int maxFrameBytes,
            boolean rejectOversize) {
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
        byte[] bytes;
        if (truncated) {
            bytes = SyslogFrameDecoder.readTruncated(content, maxFrameBytes);
        } else {
            bytes = new byte[size];
            content.readBytes(bytes);
        }
        bytes = SyslogFrameDecoder.stripLineEnd(bytes);
        counters.received(1, size);
        if (bytes.length == 0) {
            return;
        }
        if (truncated && rejectOversize) {
            counters.dropped(ListenerCounters.OVERSIZE, 1);
            return;
        }
        try {
            if (!ingest.tryIngest(factory.create(new Frame(bytes, truncated), packet.sender()))) {
                counters.dropped(ListenerCounters.JOURNAL_FULL, 1);
            }
        } catch (IllegalStateException e) {
            counters.dropped(ListenerCounters.KERNEL_STOPPING, 1);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // A datagram socket stays open: one bad datagram must not stop the listener.
        LOG.warn("Syslog UDP listener: {}", cause.toString());
    }
}
