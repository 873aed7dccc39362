package io.usiem.connector.httpinput.internal;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;

/** Netty's aggregator (413 beyond max.body.bytes, then the connection is closed), counting the refusals. */
final class CountingAggregator extends HttpObjectAggregator {
    private final ListenerCounters counters;

    CountingAggregator(int maxContentLength, ListenerCounters counters) {
        super(maxContentLength, true);
        this.counters = counters;
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) throws Exception {
        counters.dropped(ListenerCounters.REQUEST_TOO_LARGE, 1);
        counters.responded(413);
        super.handleOversizedMessage(ctx, oversized);
    }
}
