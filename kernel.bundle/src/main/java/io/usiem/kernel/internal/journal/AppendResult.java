package io.usiem.kernel.internal.journal;

/** What {@link Journal#tryAppend} answers: the positions given to the batch, or that the journal is full. */
public sealed interface AppendResult {

    /**
     * The batch was written (not necessarily fsynced: see {@link Journal#awaitDurable}).
     *
     * @param firstPosition position of the batch's first record; the others follow densely
     * @param count number of records in the batch
     */
    record Appended(long firstPosition, int count) implements AppendResult {
        /** @return the position of the batch's last record ({@code firstPosition - 1} for an empty batch) */
        public long lastPosition() {
            return firstPosition + count - 1;
        }
    }

    /**
     * Nothing of the batch was written: uncommitted data would exceed the size cap.
     *
     * @param uncommittedBytes bytes held by segments that still contain uncommitted records
     * @param capBytes the configured size cap
     */
    record Full(long uncommittedBytes, long capBytes) implements AppendResult {
    }
}
