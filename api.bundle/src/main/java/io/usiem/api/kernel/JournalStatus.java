package io.usiem.api.kernel;

/**
 * The journal accepted lines are written to before they are acknowledged, as {@code siem:status} shows it.
 *
 * @param sizeBytes bytes on disk
 * @param firstPosition oldest position still stored (older segments were removed by retention)
 * @param commitPoint the first position not yet dealt with by every sink: the oldest unacknowledged line;
 *     a restart replays from here
 * @param appendedPosition the position the next accepted line gets
 * @param durablePosition every line below this position is on stable storage
 * @param fsyncMode {@code interval}, {@code batch} or {@code none}
 * @since 1.0
 */
public record JournalStatus(long sizeBytes, long firstPosition, long commitPoint, long appendedPosition, long durablePosition,
        String fsyncMode) {
    /** @return lines accepted but not yet dealt with by every sink */
    public long commitLag() {
        return appendedPosition - commitPoint;
    }
}
