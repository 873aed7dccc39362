package io.usiem.parser.zeek.internal;

/** A line that is Zeek's format but malformed; its message is the format error's reason. */
final class ZeekFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ZeekFormatException(String reason) {
        super(reason, null, false, false);
    }
}
