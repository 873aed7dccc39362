package io.usiem.api.dataset;

/** The kinds of dataset. */
public enum DatasetKind {
    /** Set of IP addresses. */
    IP_SET,
    /** Set of networks, longest-prefix match. */
    CIDR_SET,
    /** IP address to text. */
    IP_MAP,
    /** Set of strings. */
    TEXT_SET,
    /** String to string. */
    TEXT_MAP,
    /** String to list of strings. */
    TEXT_LIST_MAP
}
