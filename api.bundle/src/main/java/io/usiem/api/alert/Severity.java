package io.usiem.api.alert;

/** Alert severity, in the order of Sigma's levels. */
public enum Severity {
    /** Informational. */
    INFORMATIONAL,
    /** Low. */
    LOW,
    /** Medium. */
    MEDIUM,
    /** High. */
    HIGH,
    /** Critical. */
    CRITICAL
}
