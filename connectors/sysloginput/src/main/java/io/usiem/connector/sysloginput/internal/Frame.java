package io.usiem.connector.sysloginput.internal;

/**
 * One syslog message as framed on the wire, before decoding.
 *
 * @param bytes the message bytes, without the frame's length prefix or line end
 * @param truncated whether the message was longer than max.frame.bytes and cut there
 */
record Frame(byte[] bytes, boolean truncated) {
}
