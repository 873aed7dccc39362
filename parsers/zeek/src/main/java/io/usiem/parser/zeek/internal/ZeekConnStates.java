package io.usiem.parser.zeek.internal;

import java.util.Map;

/** Zeek's conn_state codes and what they mean (Zeek's conn.log documentation), for zeek.connection.state_message. */
final class ZeekConnStates {
    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("S0", "Connection attempt seen, no reply."),
            Map.entry("S1", "Connection established, not terminated."),
            Map.entry("SF", "Normal establishment and termination."),
            Map.entry("REJ", "Connection attempt rejected."),
            Map.entry("S2", "Connection established and close attempt by originator seen (but no reply from responder)."),
            Map.entry("S3", "Connection established and close attempt by responder seen (but no reply from originator)."),
            Map.entry("RSTO", "Connection established, originator aborted (sent a RST)."),
            Map.entry("RSTR", "Responder sent a RST."),
            Map.entry("RSTOS0", "Originator sent a SYN followed by a RST, we never saw a SYN-ACK from the responder."),
            Map.entry("RSTRH", "Responder sent a SYN ACK followed by a RST, we never saw a SYN from the (purported) originator."),
            Map.entry("SH", "Originator sent a SYN followed by a FIN, we never saw a SYN ACK from the responder (hence the connection was 'half' open)."),
            Map.entry("SHR", "Responder sent a SYN ACK followed by a FIN, we never saw a SYN from the originator."),
            Map.entry("OTH", "No SYN seen, just midstream traffic (a 'partial connection' that was not later closed)."));

    private ZeekConnStates() {
    }

    static String message(String state) {
        return MESSAGES.get(state);
    }
}
