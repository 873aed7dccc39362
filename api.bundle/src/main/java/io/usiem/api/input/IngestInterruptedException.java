package io.usiem.api.input;

/**
 * {@link EventIngest#ingestAll} was interrupted: the first {@link #accepted()} lines were accepted, the
 * rest were not. The thread's interrupt status has been consumed by this exception, as with any
 * {@link InterruptedException}.
 *
 * @since 1.0
 */
public final class IngestInterruptedException extends InterruptedException {
    private static final long serialVersionUID = 1L;
    private final int accepted;

    /** @param accepted how many lines, from the first, were accepted before the interruption */
    public IngestInterruptedException(int accepted) {
        super(accepted + " lines accepted before the interruption");
        this.accepted = accepted;
    }

    /** @return how many lines, from the first, were accepted */
    public int accepted() {
        return accepted;
    }
}
