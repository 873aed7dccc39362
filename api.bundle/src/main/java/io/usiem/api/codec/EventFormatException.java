package io.usiem.api.codec;

/**
 * Data that is not a valid encoded event: says what is wrong and at which offset (characters for JSON,
 * bytes for the binary form).
 *
 * @since 1.0
 */
public final class EventFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int offset;

    /**
     * @param message what is wrong
     * @param offset where, from the start of the input
     */
    public EventFormatException(String message, int offset) {
        super(message + " at offset " + offset);
        this.offset = offset;
    }

    /** @return the offset of the error from the start of the input */
    public int offset() {
        return offset;
    }
}
