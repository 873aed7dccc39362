package io.usiem.parser.windows.internal;

/** Interned EventData names made at run time (param1, param2...), so lookups by identity still hit. */
final class Names {
    private static final String[] PARAMS = new String[32];

    static {
        for (int i = 1; i < PARAMS.length; i++) {
            PARAMS[i] = ("param" + i).intern();
        }
    }

    private Names() {
    }

    static String param(int n) {
        return n < PARAMS.length ? PARAMS[n] : "param" + n;
    }
}
