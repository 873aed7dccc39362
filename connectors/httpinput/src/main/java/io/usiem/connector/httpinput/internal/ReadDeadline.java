package io.usiem.connector.httpinput.internal;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.concurrent.ScheduledFuture;

import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a connection whose request does not arrive whole within {@code request.timeout.seconds} of its first byte:
 * a slow-loris sender that trickles a byte now and then never trips the idle timeout, but trips this. Armed by the
 * first bytes of a request, disarmed by {@link #requestComplete}. Sits before the HTTP decoder; one per connection.
 */
final class ReadDeadline extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(ReadDeadline.class);

    private final long timeoutMillis;
    private ScheduledFuture<?> deadline;
    private boolean waitingForAnswer;

    ReadDeadline(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (deadline == null && !waitingForAnswer) {
            deadline = ctx.executor().schedule(() -> {
                LOG.debug("HTTP from {}: request not complete after {} ms, closing the connection",
                        ctx.channel().remoteAddress(), timeoutMillis);
                ctx.close();
            }, timeoutMillis, TimeUnit.MILLISECONDS);
        }
        ctx.fireChannelRead(msg);
    }

    /** A request arrived whole: it is being answered, so the clock stops until the next one starts. */
    void requestComplete() {
        cancel();
        waitingForAnswer = true;
    }

    /** The answer was written: the next bytes start the next request's clock. */
    void answered() {
        waitingForAnswer = false;
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        cancel();
        ctx.fireChannelInactive();
    }

    private void cancel() {
        if (deadline != null) {
            deadline.cancel(false);
            deadline = null;
        }
    }
}
