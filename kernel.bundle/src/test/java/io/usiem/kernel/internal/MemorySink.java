package io.usiem.kernel.internal;

import io.usiem.api.event.Event;
import io.usiem.api.sink.EventSink;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** An event sink that keeps what it is given, for assertions. */
class MemorySink implements EventSink {
    final String name;
    final ConcurrentLinkedQueue<Event> events = new ConcurrentLinkedQueue<>();

    MemorySink(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void write(List<Event> batch) throws Exception {
        events.addAll(batch);
    }
}
