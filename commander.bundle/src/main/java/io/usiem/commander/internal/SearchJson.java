package io.usiem.commander.internal;

import io.usiem.api.alert.Alert;
import io.usiem.api.event.Event;
import io.usiem.api.event.EventJsonWriter;
import io.usiem.api.search.AggregationResult;
import io.usiem.api.search.AlertSearchResult;
import io.usiem.api.search.SearchResult;

/** JSON of search and aggregation results, for REST and {@code --json}; events in their {@code siem:parse} form. */
final class SearchJson {
    private SearchJson() {
    }

    static String result(SearchResult r) {
        StringBuilder out = new StringBuilder(256 + r.events().size() * 512);
        out.append("{\"total\":").append(r.total()).append(",\"took_ms\":").append(r.tookNanos() / 1_000_000)
                .append(",\"next_cursor\":");
        nullable(out, r.nextCursor());
        out.append(",\"events\":[");
        for (int i = 0; i < r.events().size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            EventJsonWriter.write(r.events().get(i), out);
        }
        return out.append("]}").toString();
    }

    static String aggregation(AggregationResult r) {
        StringBuilder out = new StringBuilder(256);
        out.append("{\"type\":");
        EventJsonWriter.string(out, r.aggregation().type().name().toLowerCase(java.util.Locale.ROOT));
        out.append(",\"field\":");
        nullable(out, r.aggregation().field());
        out.append(",\"value\":").append(r.value()).append(",\"other\":").append(r.otherCount()).append(",\"buckets\":[");
        for (int i = 0; i < r.buckets().size(); i++) {
            AggregationResult.Bucket b = r.buckets().get(i);
            out.append(i > 0 ? "," : "").append("{\"key\":");
            EventJsonWriter.string(out, b.key());
            out.append(",\"count\":").append(b.count()).append('}');
        }
        return out.append("]}").toString();
    }

    static String alerts(AlertSearchResult r) {
        StringBuilder out = new StringBuilder(256 + r.alerts().size() * 1024);
        out.append("{\"total\":").append(r.total()).append(",\"next_cursor\":");
        nullable(out, r.nextCursor());
        out.append(",\"alerts\":[");
        for (int i = 0; i < r.alerts().size(); i++) {
            Alert a = r.alerts().get(i);
            out.append(i > 0 ? "," : "").append("{\"@timestamp\":");
            EventJsonWriter.string(out, EventJsonWriter.isoTime(a.createdNanos()));
            out.append(",\"rule.id\":");
            EventJsonWriter.string(out, a.ruleId());
            out.append(",\"rule.name\":");
            EventJsonWriter.string(out, a.ruleTitle());
            out.append(",\"alert.severity\":");
            EventJsonWriter.string(out, a.severity().name().toLowerCase(java.util.Locale.ROOT));
            out.append(",\"organization.id\":");
            EventJsonWriter.string(out, a.tenant());
            out.append(",\"tags\":[");
            for (int t = 0; t < a.tags().size(); t++) {
                out.append(t > 0 ? "," : "");
                EventJsonWriter.string(out, a.tags().get(t));
            }
            out.append("],\"alert.group_by\":{");
            boolean first = true;
            for (java.util.Map.Entry<String, String> g : a.groupBy().entrySet()) {
                out.append(first ? "" : ",");
                EventJsonWriter.string(out, g.getKey());
                out.append(':');
                EventJsonWriter.string(out, g.getValue());
                first = false;
            }
            out.append("},\"events\":[");
            for (int e = 0; e < a.events().size(); e++) {
                out.append(e > 0 ? "," : "");
                EventJsonWriter.write(a.events().get(e), out);
            }
            out.append("]}");
        }
        return out.append("]}").toString();
    }

    static String error(String message, int position) {
        StringBuilder out = new StringBuilder("{\"error\":");
        EventJsonWriter.string(out, message);
        if (position >= 0) {
            out.append(",\"position\":").append(position);
        }
        return out.append('}').toString();
    }

    /** One line per event for the shell: event time, then the raw message. */
    static String line(Event e) {
        return EventJsonWriter.isoTime(e.eventNanos()) + "  " + e.raw();
    }

    private static void nullable(StringBuilder out, String s) {
        if (s == null) {
            out.append("null");
        } else {
            EventJsonWriter.string(out, s);
        }
    }
}
