package io.usiem.parser.suricata.internal;

/** A record that is JSON but not a well-formed EVE record; its message is the format error's reason. */
final class EveFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EveFormatException(String reason) {
        super(reason, null, false, false);
    }
}
