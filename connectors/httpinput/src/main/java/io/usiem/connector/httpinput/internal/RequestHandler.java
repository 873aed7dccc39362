package io.usiem.connector.httpinput.internal;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.timeout.IdleStateEvent;
import io.usiem.api.event.IpAddress;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection's requests, answered one at a time and in order (keep-alive, pipelining): authentication, then the
 * route, both on the listener's request workers (the event loop only reads and writes). Event-carrying requests are answered only when the kernel says their lines are durable (or 429/503 when it
 * did not take them); the connection reads nothing more meanwhile, so a sender waits on the journal's pace.
 */
final class RequestHandler extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(RequestHandler.class);
    private static final String JSON = "application/json; charset=UTF-8";

    private final ListenerContext c;
    private final ArrayDeque<FullHttpRequest> queue = new ArrayDeque<>();
    private boolean busy;
    /** Bytes of the request being answered, held in the listener's {@link InFlightBudget}. */
    private long held;
    private @Nullable IpAddress peer;

    RequestHandler(ListenerContext context) {
        this.c = context;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        peer = RawLogFactory.peer((InetSocketAddress) ctx.channel().remoteAddress());
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof FullHttpRequest req)) {
            ctx.fireChannelRead(msg);
            return;
        }
        queue.add(req);
        if (!busy) {
            next(ctx);
        }
    }

    private void next(ChannelHandlerContext ctx) {
        FullHttpRequest req = queue.poll();
        if (req == null) {
            busy = false;
            ctx.channel().config().setAutoRead(true);
            return;
        }
        busy = true;
        ctx.channel().config().setAutoRead(false);
        ReadDeadline deadline = ctx.pipeline().get(ReadDeadline.class);
        if (deadline != null) {
            deadline.requestComplete();
        }
        boolean keepAlive = HttpUtil.isKeepAlive(req);
        boolean head = HttpMethod.HEAD.equals(req.method());
        Request r;
        try {
            if (req.decoderResult().isFailure()) {
                c.counters().dropped(ListenerCounters.BAD_REQUEST, 1);
                answer(ctx, Answer.json(400, c.responses().error(400, "parse_exception",
                        "malformed HTTP request: " + req.decoderResult().cause().getMessage())), false, false);
                return;
            }
            r = new Request(req.method(), new QueryStringDecoder(req.uri()), req.headers().get(HttpHeaderNames.AUTHORIZATION),
                    req.headers().get(HttpHeaderNames.CONTENT_TYPE), ByteBufUtil.getBytes(req.content()),
                    ClientCertificates.commonName(ctx.pipeline().get(SslHandler.class)));
        } finally {
            req.release();
        }
        c.counters().received(0, r.body.length);
        if (!c.budget().tryAcquire(r.body.length)) {
            c.counters().dropped(ListenerCounters.INFLIGHT_LIMIT, 1);
            answer(ctx, Answer.json(429, c.responses().error(429, "circuit_breaking_exception",
                    "[in_flight_requests] uSIEM holds max.inflight.bytes of requests already; retry later")), keepAlive, head);
            return;
        }
        held = r.body.length;
        CompletableFuture<Answer> routed;
        try {
            // Off the event loop: a password hash to verify or a large body to parse must not stall other connections.
            routed = CompletableFuture.supplyAsync(() -> routeOrRefuse(r), c.requestWorkers()).thenCompose(f -> f);
        } catch (RejectedExecutionException e) {
            routed = CompletableFuture.failedFuture(e); // the listener is stopping
        }
        routed.whenComplete((a, error) -> ctx.executor().execute(() -> {
            Answer answer = a;
            if (error != null) {
                LOG.warn("HTTP listener {}: request {} {} failed", c.name(), r.method, r.uri.rawPath(), error);
                answer = Answer.json(500, c.responses().error(500, "exception", String.valueOf(error.getMessage())));
            }
            answer(ctx, answer, keepAlive, head);
        }));
    }

    /** A request as the routes need it (the Netty request is released once this is made). */
    record Request(HttpMethod method, QueryStringDecoder uri, @Nullable String authorization, @Nullable String contentType,
            byte[] body, @Nullable String certificate) {
    }

    private CompletableFuture<Answer> routeOrRefuse(Request r) {
        try {
            return route(r);
        } catch (IllegalArgumentException e) {
            // A path or query with a bad %-escape: QueryStringDecoder refuses it.
            c.counters().dropped(ListenerCounters.BAD_REQUEST, 1);
            return done(Answer.json(400, c.responses().error(400, "illegal_argument_exception", e.getMessage())));
        }
    }

    private CompletableFuture<Answer> route(Request r) {
        Principal principal = r.authorization == null && r.certificate != null ? c.auth().certificate(r.certificate)
                : c.auth().authenticate(r.authorization);
        if (principal == null) {
            c.counters().dropped(ListenerCounters.UNAUTHORIZED, 1);
            String reason = (r.authorization == null ? "missing authentication credentials" : "unable to authenticate")
                    + " for REST request [" + r.uri.path() + "]";
            return done(new Answer(401, c.responses().error(401, "security_exception", reason),
                    "Basic realm=\"usiem\", charset=\"UTF-8\""));
        }
        String path = r.uri.path();
        List<String> segments = segments(r.uri.rawPath());
        HttpMethod m = r.method;
        boolean read = HttpMethod.GET.equals(m) || HttpMethod.HEAD.equals(m);
        boolean write = HttpMethod.POST.equals(m) || HttpMethod.PUT.equals(m);
        if (segments.isEmpty()) {
            return read ? ok(c.responses().info()) : methodNotAllowed(r);
        }
        String first = segments.get(0);
        String last = segments.get(segments.size() - 1);
        if ("_bulk".equals(last) && segments.size() <= 3) {
            // /_bulk, /<index>/_bulk, and the typed /<index>/<type>/_bulk of 6.x clients.
            if (!write) {
                return methodNotAllowed(r);
            }
            return forbidden(principal, r).orElseGet(() -> new BulkCall(c, peer).run(r.body,
                    segments.size() >= 2 ? first : null, parameter(r, "pipeline"),
                    FilterPath.of(parameter(r, "filter_path"))));
        }
        if (segments.size() >= 2 && segments.size() <= 3 && !first.startsWith("_")
                && ("_doc".equals(segments.get(1)) || "_create".equals(segments.get(1)))) {
            // The index API: POST /<index>/_doc, PUT|POST /<index>/_doc/<id>, PUT|POST /<index>/_create/<id>.
            if (!write || (segments.size() == 2 && !HttpMethod.POST.equals(m))) {
                return methodNotAllowed(r);
            }
            return forbidden(principal, r).orElseGet(() -> new DocumentCall(c, peer).run(r.body, first,
                    segments.size() == 3 ? segments.get(2) : null, parameter(r, "pipeline")));
        }
        if ("ingest".equals(first) && segments.size() == 1) {
            if (!HttpMethod.POST.equals(m)) {
                return methodNotAllowed(r);
            }
            return forbidden(principal, r).orElseGet(() -> ingestLines(r));
        }
        switch (first) {
            case "_license":
                return read ? ok(c.responses().license()) : methodNotAllowed(r);
            case "_xpack":
                return read ? ok(c.responses().xpack()) : methodNotAllowed(r);
            case "_cluster":
                if (segments.size() >= 2 && "health".equals(segments.get(1)) && read) {
                    return ok(c.responses().health());
                }
                break;
            case "_security":
                if (segments.size() == 2 && "_authenticate".equals(segments.get(1)) && read) {
                    return ok(c.responses().authenticate(principal));
                }
                break;
            case "_index_template", "_template", "_component_template", "_ingest", "_ilm", "_data_stream":
                // Setup calls of Filebeat and Logstash: nothing exists, whatever they create is acknowledged.
                if (read) {
                    return notFound("resource_not_found_exception", path + " does not exist in uSIEM");
                }
                return done(Answer.json(200, c.responses().acknowledged(null)));
            default:
                if (!first.startsWith("_") && segments.size() == 1) {
                    // Logstash's rollover alias and index checks: no such index; creating one is acknowledged.
                    if (read) {
                        return notFound("index_not_found_exception", "no such index [" + first + "]");
                    }
                    if (HttpMethod.PUT.equals(m)) {
                        return done(Answer.json(200, c.responses().acknowledged(first)));
                    }
                }
                break;
        }
        return notFound("resource_not_found_exception", "no handler found for uri [" + r.uri.uri()
                + "] and method [" + m + "]");
    }

    private CompletableFuture<Answer> ingestLines(Request r) {
        String type = r.contentType == null ? "" : r.contentType.toLowerCase(Locale.ROOT);
        boolean ndjson = type.contains("json") || (!type.startsWith("text/") && firstNonSpace(r.body) == '{');
        String sourceType = parameter(r, "source_type");
        LinesParser.Lines lines = c.lines().parse(r.body, ndjson, sourceType, peer);
        if (lines.error() != null) {
            c.counters().dropped(ListenerCounters.BAD_REQUEST, 1);
            return done(Answer.json(400, c.responses().ingestCounts(0, 0, lines.error())));
        }
        int n = lines.logs().size();
        c.counters().received(n, 0);
        return c.gate().submit(lines.logs()).thenApply(o -> {
            if (o instanceof IngestOutcome.Durable d) {
                c.counters().accepted(d.accepted());
                c.counters().dropped(ListenerCounters.KERNEL_STOPPING, n - d.accepted());
                int status = d.accepted() == n ? 200 : 429;
                return Answer.json(status, c.responses().ingestCounts(n, d.accepted(),
                        status == 200 ? null : "the kernel stopped during the hand-over; send the rest again"));
            }
            if (o instanceof IngestOutcome.Refused ref) {
                c.counters().dropped(ref.reason(), n);
                return Answer.json(429, c.responses().ingestCounts(n, 0, refusal(ref.reason())));
            }
            c.counters().dropped(ListenerCounters.JOURNAL_ERROR, n);
            LOG.warn("HTTP listener {}: the journal failed to store {} lines", c.name(), n,
                    ((IngestOutcome.Failed) o).cause());
            return Answer.json(503, c.responses().ingestCounts(n, 0, "the journal failed; nothing was stored"));
        });
    }

    private static @Nullable String parameter(Request r, String name) {
        List<String> values = r.uri.parameters().get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0).trim();
    }

    static String refusal(String reason) {
        return ListenerCounters.JOURNAL_FULL.equals(reason) ? "the uSIEM journal is full; retry later"
                : "uSIEM is stopping or reconfiguring; retry later";
    }

    private Optional<CompletableFuture<Answer>> forbidden(Principal p, Request r) {
        String role = c.requiredRole();
        if (role == null || p.hasRole(role)) {
            return Optional.empty();
        }
        c.counters().dropped(ListenerCounters.UNAUTHORIZED, 1);
        return Optional.of(done(Answer.json(403, c.responses().error(403, "security_exception",
                "action [" + r.uri.path() + "] is unauthorized for user [" + p.name() + "]: it needs the role [" + role + "]"))));
    }

    private CompletableFuture<Answer> ok(byte[] body) {
        return done(Answer.json(200, body));
    }

    private CompletableFuture<Answer> notFound(String type, String reason) {
        return done(Answer.json(404, c.responses().error(404, type, reason)));
    }

    private CompletableFuture<Answer> methodNotAllowed(Request r) {
        return done(Answer.json(405, c.responses().error(405, "method_not_allowed",
                "Incorrect HTTP method for uri [" + r.uri.uri() + "] and method [" + r.method + "]")));
    }

    private static CompletableFuture<Answer> done(Answer a) {
        return CompletableFuture.completedFuture(a);
    }

    private static List<String> segments(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty())
                .map(s -> QueryStringDecoder.decodeComponent(s)).toList();
    }

    private static int firstNonSpace(byte[] b) {
        for (byte x : b) {
            if (x != ' ' && x != '\t' && x != '\r' && x != '\n') {
                return x;
            }
        }
        return -1;
    }

    private void answer(ChannelHandlerContext ctx, Answer a, boolean keepAlive, boolean head) {
        c.budget().release(held);
        held = 0;
        c.counters().responded(a.status());
        FullHttpResponse res = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(a.status()),
                head ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(a.body()));
        res.headers().set(HttpHeaderNames.CONTENT_TYPE, JSON)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, a.body().length)
                // Logstash and the official clients refuse a server that does not say it is Elasticsearch.
                .set("X-Elastic-Product", "Elasticsearch");
        if (a.status() == 429 || a.status() == 503) {
            res.headers().setInt(HttpHeaderNames.RETRY_AFTER, c.retryAfterSeconds());
        }
        if (a.wwwAuthenticate() != null) {
            res.headers().add(HttpHeaderNames.WWW_AUTHENTICATE, a.wwwAuthenticate());
            res.headers().add(HttpHeaderNames.WWW_AUTHENTICATE, "ApiKey");
        }
        if (!keepAlive) {
            res.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        } else if (!HttpVersion.HTTP_1_1.equals(res.protocolVersion())) {
            res.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        }
        ctx.writeAndFlush(res).addListener((ChannelFutureListener) f -> {
            if (!keepAlive || !f.isSuccess()) {
                ctx.close();
                return;
            }
            ReadDeadline deadline = ctx.pipeline().get(ReadDeadline.class);
            if (deadline != null) {
                deadline.answered();
            }
            next(ctx);
        });
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof IdleStateEvent) {
            if (busy) {
                return; // the sender is not idle: we are, answering it
            }
            LOG.debug("HTTP from {}: idle timeout, closing the connection", peer);
            ctx.close();
        } else {
            ctx.fireUserEventTriggered(evt);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        queue.forEach(FullHttpRequest::release);
        queue.clear();
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof DecoderException && !busy && ctx.channel().isActive()) {
            // A body that does not inflate (Content-Encoding: gzip with garbage): say so before closing.
            LOG.debug("HTTP from {}: {}", peer, cause.toString());
            c.counters().dropped(ListenerCounters.BAD_REQUEST, 1);
            busy = true;
            answer(ctx, Answer.json(400, c.responses().error(400, "parse_exception",
                    "the request body could not be decoded: " + cause.getMessage())), false, false);
            return;
        }
        if (cause instanceof IOException) {
            LOG.debug("HTTP from {}: {}", peer, cause.toString());
        } else {
            LOG.info("HTTP from {}: closing the connection: {}", peer, cause.toString());
        }
        ctx.close();
    }
}
