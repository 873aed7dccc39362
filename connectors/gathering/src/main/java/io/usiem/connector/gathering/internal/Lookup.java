package io.usiem.connector.gathering.internal;

import java.io.IOException;

/** One remote reputation API. */
interface Lookup {
    /** What to ask about. */
    enum Kind { IP, DOMAIN, HASH }

    /** The answer, or a retry hint. */
    record Answer(int score, String summary, boolean malicious, long retryAfterMillis) {
        static Answer retryAfter(long millis) {
            return new Answer(-1, "", false, millis);
        }

        static Answer unknown() {
            return new Answer(0, "unknown", false, 0);
        }
    }

    /** @return the answer; {@code retryAfterMillis > 0} when the quota is exhausted */
    Answer ask(Kind kind, String value) throws IOException, InterruptedException;
}
