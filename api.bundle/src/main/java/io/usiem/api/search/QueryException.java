package io.usiem.api.search;

/**
 * A query that cannot be run: a syntax error (with the position in the query text) or a value that does not fit
 * its field's type (position -1 when the engine cannot tell).
 *
 * @since 1.1
 */
public final class QueryException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int position;

    /**
     * @param message what is wrong
     * @param position where, as a 0-based character index into the query text, or -1
     */
    public QueryException(String message, int position) {
        super(position >= 0 ? message + " at position " + position : message);
        this.position = position;
    }

    /** @return the 0-based character index of the error in the query text, or -1 when unknown */
    public int position() {
        return position;
    }
}
