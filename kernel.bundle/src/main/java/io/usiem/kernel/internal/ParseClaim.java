package io.usiem.kernel.internal;

import io.usiem.api.event.Event;
import io.usiem.api.parser.RawLog;

import java.util.ArrayList;
import java.util.List;

/**
 * A worker's hold on the batch it parses. When the worker is stuck the watchdog takes the batch over: the
 * events made so far, the stuck line and the lines not yet tried go to another worker, and whatever the
 * stuck call returns later is discarded, so each line is handled once.
 */
final class ParseClaim {
    /** What a stuck worker hands over. */
    record Handover(List<Event> done, RawLog stuck, List<RawLog> rest) {
    }

    private final List<RawLog> lines;
    private final List<Event> out;
    private int current = -1;
    private boolean takenOver;

    ParseClaim(List<RawLog> lines, List<Event> alreadyDone) {
        this.lines = lines;
        this.out = new ArrayList<>(alreadyDone.size() + lines.size());
        out.addAll(alreadyDone);
    }

    List<RawLog> lines() {
        return lines;
    }

    /** @return false when the batch was taken over: stop, the line belongs to another worker */
    synchronized boolean begin(int index) {
        current = index;
        return !takenOver;
    }

    /**
     * Records a line's outcome, unless the batch was taken over meanwhile.
     *
     * @param apply side effects of the outcome (counters, holding the line), run only if it still counts
     * @return false when taken over: the outcome was discarded
     */
    synchronized boolean finish(List<Event> events, Runnable apply) {
        if (takenOver) {
            return false;
        }
        apply.run();
        out.addAll(events);
        return true;
    }

    synchronized List<Event> events() {
        return out;
    }

    /** @return the work to hand over, or null when the batch was already taken over or not begun */
    synchronized Handover takeOver() {
        if (takenOver || current < 0) {
            return null;
        }
        takenOver = true;
        return new Handover(List.copyOf(out), lines.get(current), List.copyOf(lines.subList(current + 1, lines.size())));
    }
}
