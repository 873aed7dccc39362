package io.usiem.connector.sysloginput.internal;

import org.jspecify.annotations.Nullable;

/**
 * One RELP frame from a client: {@code TXNR SP COMMAND SP DATALEN [SP DATA] LF}.
 *
 * @param txnr the transaction number the answer must carry
 * @param command {@code open}, {@code syslog}, {@code close} or another the listener refuses
 * @param data the data of a {@code syslog} frame as a syslog message; null for other commands
 * @param offers the data of an {@code open} frame (the client's offers), else null
 */
record RelpFrame(long txnr, String command, @Nullable Frame data, @Nullable String offers) {
}
