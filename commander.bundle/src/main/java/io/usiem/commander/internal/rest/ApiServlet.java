package io.usiem.commander.internal.rest;

import io.usiem.api.search.AlertSearch;
import io.usiem.api.search.CallerContext;
import io.usiem.api.search.EventSearch;
import io.usiem.commander.internal.SearchApi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code GET /api/*} on the OSGi HTTP Whiteboard: hands the request to {@link SearchApi} and writes its JSON. The
 * pattern is a plain component property rather than {@code @HttpWhiteboardServletPattern}, whose
 * {@code osgi.implementation=osgi.http} requirement would stop this bundle (and the shell) from resolving
 * without Karaf's http-whiteboard feature.
 */
// Needs its configuration (installed by the usiem-rest feature with Pax Web): without an HTTP service, javax.servlet
// is not wired and activating the servlet would only fail with NoClassDefFoundError at every start.
@Component(service = Servlet.class, property = {"osgi.http.whiteboard.servlet.pattern=/api/*",
        "osgi.http.whiteboard.servlet.name=usiem-api"},
        configurationPid = "io.usiem.commander.rest", configurationPolicy = org.osgi.service.component.annotations.ConfigurationPolicy.REQUIRE)
public final class ApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient SearchApi api;

    /**
     * @param search the event store's search service
     * @param alerts the alert search, when a store provides one
     */
    @Activate
    public ApiServlet(@Reference EventSearch search,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY) AlertSearch alerts) {
        this.api = new SearchApi(search, alerts, ApiServlet::nowNanos);
    }

    private static long nowNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, String> params = new HashMap<>();
        req.getParameterMap().forEach((k, v) -> params.put(k, v.length == 0 ? "" : v[0]));
        String user = req.getRemoteUser() == null ? "anonymous" : req.getRemoteUser();
        SearchApi.Response r = api.handle(req.getPathInfo(), params, CallerContext.of(user, Set.of(), Set.of()));
        byte[] body = r.json().getBytes(StandardCharsets.UTF_8);
        resp.setStatus(r.status());
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
