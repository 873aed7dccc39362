package io.usiem.connector.httpinput.internal;

import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts a listener's open connections and closes, before reading anything, those past max.connections. */
@Sharable
final class ConnectionLimiter extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionLimiter.class);

    private final String listener;
    private final int maxConnections;
    private final ListenerCounters counters;

    ConnectionLimiter(String listener, int maxConnections, ListenerCounters counters) {
        this.listener = listener;
        this.maxConnections = maxConnections;
        this.counters = counters;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        long open = counters.connectionOpened();
        ctx.channel().closeFuture().addListener(f -> counters.connectionClosed());
        if (open > maxConnections) {
            counters.dropped(ListenerCounters.CONNECTIONS_REFUSED, 1);
            LOG.debug("HTTP listener {}: {} connections open, closing the one from {}", listener, open - 1,
                    ctx.channel().remoteAddress());
            ctx.close();
            return;
        }
        ctx.fireChannelActive();
    }
}
