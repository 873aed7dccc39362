package io.usiem.connector.httpinput.internal;

/** How a hand-over to the kernel ended, as the HTTP answer needs it. */
sealed interface IngestOutcome {
    /** The first {@code accepted} lines are durable; the rest (if any) were not taken: the kernel began stopping. */
    record Durable(int accepted) implements IngestOutcome {
    }

    /** Nothing was taken: the journal stayed full, or the kernel is stopping ({@code reason} is the counter's). */
    record Refused(String reason) implements IngestOutcome {
    }

    /** The journal failed before the lines were durable: nothing may be acknowledged. */
    record Failed(Throwable cause) implements IngestOutcome {
    }
}
