package io.usiem.commander.internal;

import io.usiem.api.search.CallerContext;
import io.usiem.api.search.Query;
import io.usiem.api.search.QueryException;
import io.usiem.api.search.QueryParser;
import io.usiem.api.search.TimeRange;

import java.time.Instant;
import java.util.Set;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Option;

/** The {@code --from}/{@code --to} options of the search commands: ISO-8601, a date, now, or -15m, now-24h. */
abstract class TimeWindowCommand implements Action {
    @Option(name = "--from", description = "Start of the event-time window: ISO-8601, a date, now, or relative (-15m, -24h, now-7d)")
    String from;

    @Option(name = "--to", description = "End of the window (excluded), same forms; default: no end")
    String to;

    TimeRange timeRange() {
        Instant now = Instant.now();
        return TimeRange.parse(from, to, now.getEpochSecond() * 1_000_000_000L + now.getNano());
    }

    /**
     * @param text the query as typed
     * @return the parsed query
     * @throws IllegalArgumentException on a syntax error, with the query and a caret under the position
     */
    static Query parse(String text) {
        try {
            return QueryParser.parse(text);
        } catch (QueryException e) {
            throw new IllegalArgumentException(pointAt(text, e), e);
        }
    }

    static String pointAt(String text, QueryException e) {
        if (e.position() < 0) {
            return e.getMessage();
        }
        return e.getMessage() + System.lineSeparator() + "  " + text + System.lineSeparator() + "  "
                + " ".repeat(Math.min(e.position(), text.length())) + "^";
    }

    /** Shell users are administrators of this Karaf: they see every tenant. */
    static CallerContext caller() {
        return CallerContext.of("shell", Set.of("admin"), Set.of());
    }
}
