package io.usiem.parser.windows.internal;

/** Logon type numbers to the names Winlogbeat writes in winlog.logon.type. */
final class LogonTypes {
    private static final String[] NAMES = {null, null, "Interactive", "Network", "Batch", "Service", "Proxy",
        "Unlock", "NetworkCleartext", "NewCredentials", "RemoteInteractive", "CachedInteractive",
        "CachedRemoteInteractive", "CachedUnlock"};

    private LogonTypes() {
    }

    static String name(String type) {
        long n = Ecs.number(type);
        return n >= 0 && n < NAMES.length ? NAMES[(int) n] : null;
    }
}
