package io.usiem.api.input;

import org.osgi.annotation.versioning.ConsumerType;

/** An input (listener, poller) registered as a service so the commander can show its counters. */
@ConsumerType
public interface Input {
    /** @return a snapshot of the input's counters */
    InputStats stats();
}
