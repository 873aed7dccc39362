package io.usiem.commander.internal;

import io.usiem.api.search.Aggregation;
import io.usiem.api.search.AlertSearch;
import io.usiem.api.search.CallerContext;
import io.usiem.api.search.EventSearch;
import io.usiem.api.search.Query;
import io.usiem.api.search.QueryException;
import io.usiem.api.search.QueryParser;
import io.usiem.api.search.SearchException;
import io.usiem.api.search.SearchRequest;
import io.usiem.api.search.TimeExpressions;
import io.usiem.api.search.TimeRange;

import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST search API without the servlet: {@code GET /api/search?q=&from=&to=&size=&cursor=} and
 * {@code GET /api/aggregate?q=&from=&to=&type=count|terms|date_histogram|cardinality&field=&size=&interval=}
 * and {@code GET /api/alerts?q=&from=&to=&size=&cursor=} answer JSON; a bad query is a 400 with the message and
 * position, a store failure a 500.
 */
public final class SearchApi {
    private static final Logger LOG = LoggerFactory.getLogger(SearchApi.class);

    /** A response: HTTP status and JSON body. */
    public record Response(int status, String json) {
    }

    private final EventSearch search;
    private final AlertSearch alerts;
    private final LongSupplier clock;

    /** @param alerts the alert search, or null when no store provides one */
    public SearchApi(EventSearch search, AlertSearch alerts, LongSupplier clock) {
        this.search = search;
        this.alerts = alerts;
        this.clock = clock;
    }

    /**
     * @param path the path below {@code /api}, such as {@code /search}
     * @param params the query parameters (first value of each)
     * @param caller who asks
     * @return the response
     */
    public Response handle(String path, Map<String, String> params, CallerContext caller) {
        try {
            return switch (path == null ? "" : path) {
                case "/search" -> new Response(200, search(params, caller));
                case "/aggregate" -> new Response(200, aggregate(params, caller));
                case "/alerts" -> alerts == null ? new Response(503, SearchJson.error("no alert store is running", -1))
                        : new Response(200, alerts(params, caller));
                default -> new Response(404, SearchJson.error("no such API: " + path + " (use /api/search, /api/aggregate or /api/alerts)", -1));
            };
        } catch (QueryException e) {
            return new Response(400, SearchJson.error(e.getMessage(), e.position()));
        } catch (IllegalArgumentException e) {
            return new Response(400, SearchJson.error(e.getMessage(), -1));
        } catch (SearchException e) {
            LOG.warn("Search failed", e);
            return new Response(500, SearchJson.error(e.getMessage(), -1));
        }
    }

    private String search(Map<String, String> p, CallerContext caller) {
        SearchRequest r = SearchRequest.builder(query(p)).timeRange(range(p)).size(intParam(p, "size", 100))
                .cursor(blankToNull(p.get("cursor"))).build();
        return SearchJson.result(search.search(caller, r));
    }

    private String alerts(Map<String, String> p, CallerContext caller) {
        SearchRequest r = SearchRequest.builder(query(p)).timeRange(range(p)).size(intParam(p, "size", 100))
                .cursor(blankToNull(p.get("cursor"))).build();
        return SearchJson.alerts(alerts.searchAlerts(caller, r));
    }

    private String aggregate(Map<String, String> p, CallerContext caller) {
        String type = p.getOrDefault("type", "count").toLowerCase(Locale.ROOT);
        Aggregation a = switch (type) {
            case "count" -> Aggregation.count();
            case "terms", "top" -> Aggregation.terms(required(p, "field"), intParam(p, "size", 10));
            case "cardinality" -> Aggregation.cardinality(required(p, "field"));
            case "date_histogram", "histogram" -> Aggregation.dateHistogram(
                    TimeExpressions.parseDuration(p.getOrDefault("interval", "1h")));
            default -> throw new IllegalArgumentException("type must be count, terms, date_histogram or cardinality: " + type);
        };
        return SearchJson.aggregation(search.aggregate(caller, query(p), range(p), a));
    }

    private static Query query(Map<String, String> p) {
        return QueryParser.parse(p.getOrDefault("q", ""));
    }

    private TimeRange range(Map<String, String> p) {
        return TimeRange.parse(p.get("from"), p.get("to"), clock.getAsLong());
    }

    private static String required(Map<String, String> p, String name) {
        String v = blankToNull(p.get(name));
        if (v == null) {
            throw new IllegalArgumentException("parameter '" + name + "' is required");
        }
        return v;
    }

    private static int intParam(Map<String, String> p, String name, int dflt) {
        String v = blankToNull(p.get(name));
        try {
            return v == null ? dflt : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter '" + name + "' must be a number: " + v);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
