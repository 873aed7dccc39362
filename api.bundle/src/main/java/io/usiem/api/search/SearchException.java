package io.usiem.api.search;

/**
 * The store could not run a search (I/O failure, store closed). Not the caller's fault, unlike {@link QueryException}.
 *
 * @since 1.1
 */
public final class SearchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed @param cause why */
    public SearchException(String message, Throwable cause) {
        super(message, cause);
    }
}
