package io.usiem.kernel.internal.journal;

/**
 * One record read back from a {@link Journal}: its position (the event's sequence) and its opaque payload.
 *
 * @param position dense record number, starting at 0 for a new journal
 * @param payload the bytes given to {@code append}; the caller must not modify them
 */
public record JournalRecord(long position, byte[] payload) {
}
