package io.usiem.rules.sigma.internal;

/** Why a rule, filter or pipeline was rejected; the message is the precise reason shown to the user. */
final class RuleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RuleException(String reason) {
        super(reason, null, false, false);
    }
}
