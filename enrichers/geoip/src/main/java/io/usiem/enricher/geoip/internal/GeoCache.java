package io.usiem.enricher.geoip.internal;

import io.usiem.api.event.IpAddress;

import com.maxmind.db.Reader;

import org.jspecify.annotations.Nullable;

/**
 * The records last found per address, in a fixed number of slots (direct-mapped, a new address replaces the one in
 * its slot). Firewall and proxy traffic repeats the same few thousand public addresses, and a MaxMind lookup (tree
 * walk, record decode, an {@code InetAddress}) costs about a microsecond: GeoIP was 70% of the enrichment stage's
 * cost with every enricher on (EnrichmentShareBenchmark). Slots are read and written without locks: an entry is
 * immutable (final fields), so a racing reader sees a whole old or a whole new entry, both true. An entry remembers
 * the database readers it came from, so a database replaced at runtime is never answered from the old one.
 */
final class GeoCache {
    /** One address's answer from one pair of databases. */
    record Entry(IpAddress ip, @Nullable Reader city, @Nullable Reader asn, GeoRecords.@Nullable City cityRecord,
            GeoRecords.@Nullable Asn asnRecord) {
    }

    private static final int BITS = 12;
    private final Entry[] slots = new Entry[1 << BITS];

    /** @return the entry for this address from these readers, or null when it must be looked up */
    @Nullable Entry get(IpAddress ip, @Nullable Reader city, @Nullable Reader asn) {
        Entry e = slots[slot(ip)];
        return e != null && e.city() == city && e.asn() == asn && e.ip().equals(ip) ? e : null;
    }

    void put(Entry e) {
        slots[slot(e.ip())] = e;
    }

    private static int slot(IpAddress ip) {
        int h = ip.hashCode() * 0x9E3779B1;
        return h >>> (32 - BITS);
    }
}
