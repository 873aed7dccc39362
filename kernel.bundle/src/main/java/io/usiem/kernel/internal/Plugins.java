package io.usiem.kernel.internal;

import io.usiem.api.alert.AlertSink;
import io.usiem.api.alert.Detector;
import io.usiem.api.enrich.Enricher;
import io.usiem.api.input.Input;
import io.usiem.api.sink.EventSink;

/**
 * The plug-in services the kernel tracks, created by the component (which fills them from the service
 * registry) and handed to the pipeline, which only reads them.
 */
record Plugins(ParserRegistry parsers, Whiteboard<Enricher> enrichers, Whiteboard<EventSink> sinks,
        Whiteboard<Detector> detectors, Whiteboard<AlertSink> alertSinks, Whiteboard<Input> inputs) {

    static Plugins create(PipelineSettings.Parsers settings) {
        ParserWatchdog watchdog = new ParserWatchdog(settings.timeoutMillis());
        return new Plugins(new ParserRegistry(settings.originCacheSize(), watchdog), new Whiteboard<>(Enricher::name),
                new Whiteboard<>(EventSink::name), new Whiteboard<>(Detector::name), new Whiteboard<>(AlertSink::name),
                new Whiteboard<>(in -> in.stats().name()));
    }
}
