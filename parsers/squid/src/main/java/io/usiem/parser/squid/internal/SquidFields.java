package io.usiem.parser.squid.internal;

import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;

/** Vendor fields of Squid and squidGuard lines, under {@code squid.*} and {@code squidguard.*}. */
final class SquidFields {
    /** The cache result code: {@code TCP_MISS}, {@code TCP_DENIED}, {@code TCP_TUNNEL_ABORTED}, {@code NONE_NONE}. */
    static final Field RESULT_CODE = Field.of("squid.result_code", FieldType.KEYWORD);
    /** The hierarchy code: {@code HIER_DIRECT}, {@code DIRECT}, {@code HIER_NONE}, {@code FIRSTUP_PARENT}... */
    static final Field HIERARCHY_CODE = Field.of("squid.hierarchy_code", FieldType.KEYWORD);
    /** The peer (origin server or parent cache) as logged, an address or a host name. */
    static final Field PEER = Field.of("squid.peer", FieldType.KEYWORD);
    /** The status as logged when it is not an HTTP status ({@code 000}: no reply was sent). */
    static final Field STATUS = Field.of("squid.status", FieldType.KEYWORD);
    /** squidGuard's source group ({@code Request(default/ads/-)}: {@code default}). */
    static final Field GUARD_SOURCE = Field.of("squidguard.source", FieldType.KEYWORD);
    /** squidGuard's rewrite rule when one applied. */
    static final Field GUARD_REWRITE = Field.of("squidguard.rewrite", FieldType.KEYWORD);
    /** squidGuard's action ({@code REDIRECT}, {@code PASS}...). */
    static final Field GUARD_ACTION = Field.of("squidguard.action", FieldType.KEYWORD);

    private SquidFields() {
    }
}
