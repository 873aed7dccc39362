package io.usiem.connector.datasets.internal.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import io.usiem.connector.datasets.internal.DatasetsApi;
import io.usiem.connector.datasets.internal.DatasetsComponent;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/datasets/*} on the OSGi HTTP Whiteboard (Karaf's http-whiteboard feature; without it the
 * servlet API is absent, this component stays unsatisfied and the rest of the bundle works). The pattern is a
 * plain property, as in the commander, so the bundle resolves without an HTTP implementation.
 */
// Named: Pax Web refuses a second servlet under the same (default) name, and the commander's /api/* servlet is one.
// Needs the configuration the usiem-rest feature installs, like the commander's servlet.
@Component(service = Servlet.class, property = {"osgi.http.whiteboard.servlet.pattern=/api/datasets/*",
        "osgi.http.whiteboard.servlet.name=usiem-api-datasets"},
        configurationPid = "io.usiem.commander.rest", configurationPolicy = org.osgi.service.component.annotations.ConfigurationPolicy.REQUIRE)
public final class DatasetsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient DatasetsApi api;

    @Activate
    public DatasetsServlet(@Reference DatasetsComponent datasets) {
        this.api = new DatasetsApi(datasets.manager());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, String> params = new HashMap<>();
        req.getParameterMap().forEach((k, v) -> params.put(k, v.length == 0 ? "" : v[0]));
        DatasetsApi.Response r = api.handle(req.getPathInfo(), params);
        byte[] body = r.json().getBytes(StandardCharsets.UTF_8);
        resp.setStatus(r.status());
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
