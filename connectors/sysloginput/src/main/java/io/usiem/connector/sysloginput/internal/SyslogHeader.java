package io.usiem.connector.sysloginput.internal;

import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Fields;

import org.jspecify.annotations.Nullable;

/**
 * The syslog header of one message as the input read it: PRI, time, host, app name, PID, message ID, and where
 * the body starts. Null fields were absent (or RFC 5424's {@code -}).
 */
record SyslogHeader(int priority, @Nullable String version, long eventNanos, @Nullable String hostname,
        @Nullable String appName, @Nullable String procId, @Nullable String msgId, int bodyStart) {

    /** Puts the header on a raw log's header event, as log.syslog.* fields and the event time. */
    void applyTo(EventBuilder b) {
        b.set(Fields.LOG_SYSLOG_PRIORITY, priority)
                .set(Fields.LOG_SYSLOG_FACILITY_CODE, priority >> 3)
                .set(Fields.LOG_SYSLOG_SEVERITY_CODE, priority & 7);
        if (version != null) {
            b.set(Fields.LOG_SYSLOG_VERSION, version);
        }
        if (hostname != null) {
            b.set(Fields.LOG_SYSLOG_HOSTNAME, hostname);
        }
        if (appName != null) {
            b.set(Fields.LOG_SYSLOG_APPNAME, appName);
        }
        if (procId != null) {
            b.set(Fields.LOG_SYSLOG_PROCID, procId);
        }
        if (msgId != null) {
            b.set(Fields.LOG_SYSLOG_MSGID, msgId);
        }
        if (eventNanos != 0) {
            b.eventNanos(eventNanos);
        }
    }
}
