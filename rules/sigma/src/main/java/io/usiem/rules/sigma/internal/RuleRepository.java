package io.usiem.rules.sigma.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule files of every source (rule bundles, the watched folder) and the rule set compiled from
 * them. A change to one source recompiles the whole set off to the side and publishes it with one
 * volatile write: evaluation never sees half a rule set, and never waits for a compilation.
 */
final class RuleRepository {
    private static final Logger LOG = LoggerFactory.getLogger(RuleRepository.class);

    private final RuleLoader loader;
    private final Map<String, List<RuleText>> sources = new TreeMap<>();
    private volatile RuleSet current = RuleSet.EMPTY;
    private long generation;

    RuleRepository(RuleLoader loader) {
        this.loader = loader;
    }

    /** @return the rule set in force */
    RuleSet current() {
        return current;
    }

    /** @return how many times the set was swapped */
    synchronized long generation() {
        return generation;
    }

    /** @param source a source name @param files its rule files, replacing what it had */
    synchronized void put(String source, List<RuleText> files) {
        sources.put(source, List.copyOf(files));
        rebuild();
    }

    /** @param source a source that went away */
    synchronized void remove(String source) {
        if (sources.remove(source) != null) {
            rebuild();
        }
    }

    /** @return the source names and their file counts */
    synchronized Map<String, Integer> sources() {
        Map<String, Integer> out = new TreeMap<>();
        sources.forEach((k, v) -> out.put(k, v.size()));
        return out;
    }

    private void rebuild() {
        List<RuleText> all = new ArrayList<>();
        sources.values().forEach(all::addAll);
        long t0 = System.nanoTime();
        RuleSet next = loader.load(all);
        current = next;
        generation++;
        LOG.info("Sigma rule set {}: {} rules loaded, {} rejected, from {} files of {} sources in {} ms", generation,
                next.rules.size(), next.errors.size(), all.size(), sources.size(), (System.nanoTime() - t0) / 1_000_000);
    }
}
