package io.usiem.kernel.internal;

import java.nio.file.Path;

/** Small pipeline settings for tests, changed one named value at a time. */
final class TestSettings {
    int queueCapacity = 64;
    int parseMax = 3;
    int otherMax = 2;
    int batchSize = 16;
    long graceMillis = 300;
    long timeoutMillis = 2000;
    long retryInitialMillis = 10;
    long retryMaxMillis = 200;
    long replacementWaitMillis = 60_000;
    Path deadLetter;
    int inFlightBatches = 4;
    long inFlightEvents = 1000;
    long startupWaitMillis;

    static TestSettings small() {
        return new TestSettings();
    }

    TestSettings grace(long millis) {
        graceMillis = millis;
        return this;
    }

    TestSettings parserTimeout(long millis) {
        timeoutMillis = millis;
        return this;
    }

    TestSettings parseMax(int max) {
        parseMax = max;
        return this;
    }

    TestSettings replacementWait(long millis) {
        replacementWaitMillis = millis;
        return this;
    }

    TestSettings startupWait(long millis) {
        startupWaitMillis = millis;
        return this;
    }

    TestSettings inFlight(int batches, long events) {
        inFlightBatches = batches;
        inFlightEvents = events;
        return this;
    }

    TestSettings deadLetter(Path file) {
        deadLetter = file;
        return this;
    }

    PipelineSettings build() {
        return new PipelineSettings(stage("parse", parseMax), stage("enrich", otherMax), stage("output", otherMax),
                stage("alert", otherMax), 20, new PipelineSettings.Parsers(1024, graceMillis, timeoutMillis, startupWaitMillis),
                new PipelineSettings.Sinks(retryInitialMillis, retryMaxMillis, replacementWaitMillis, deadLetter,
                        inFlightBatches, inFlightEvents));
    }

    private StageSettings stage(String name, int max) {
        return new StageSettings(name, queueCapacity, 1, max, batchSize, 2, 5);
    }
}
