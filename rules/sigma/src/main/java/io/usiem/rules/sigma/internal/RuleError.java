package io.usiem.rules.sigma.internal;

/**
 * A rejected rule, filter or pipeline with the precise reason.
 *
 * @param source the bundle or file it came from
 * @param id the rule id, or null when the document could not be read that far
 * @param title the rule title, or null
 * @param reason why it was rejected
 */
record RuleError(String source, String id, String title, String reason) {
    @Override
    public String toString() {
        return source + (id == null ? "" : " [" + id + "]") + (title == null ? "" : " " + title) + ": " + reason;
    }
}
