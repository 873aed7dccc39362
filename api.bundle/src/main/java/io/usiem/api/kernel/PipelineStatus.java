package io.usiem.api.kernel;

import io.usiem.api.input.InputStats;

import java.util.List;
import java.util.Map;

/**
 * Snapshot of the pipeline.
 *
 * @param accepted lines accepted from inputs since start
 * @param completed events handed to every sink (or, with no sink, counted as dropped)
 * @param parsed events produced by parsers
 * @param unparsed lines stored raw because no parser took them
 * @param eventsPerSecond completion rate over the last interval
 * @param stages the stages in pipeline order
 * @param dropped drops by reason, since start
 * @param errors errors by plug-in that did not lose the event (an enricher failed, an alert sink refused), since start
 * @param enrichers names of the tracked enrichers, in the order they run
 * @param sinks names of the tracked event sinks
 * @param detectors names of the tracked detectors
 * @param alerts alerts raised since start
 * @param inputs counters of the tracked inputs (listeners, pollers), one per {@code Input} service
 * @param journal the journal's size, commit point and lag
 */
public record PipelineStatus(long accepted, long completed, long parsed, long unparsed, double eventsPerSecond,
        List<StageStatus> stages, Map<String, Long> dropped, Map<String, Long> errors, List<String> enrichers, List<String> sinks,
        List<String> detectors, long alerts, List<InputStats> inputs, JournalStatus journal) {
    /** Copies the collections so the snapshot stays immutable. */
    public PipelineStatus {
        stages = List.copyOf(stages);
        dropped = Map.copyOf(dropped);
        errors = Map.copyOf(errors);
        enrichers = List.copyOf(enrichers);
        sinks = List.copyOf(sinks);
        detectors = List.copyOf(detectors);
        inputs = List.copyOf(inputs);
    }
}
