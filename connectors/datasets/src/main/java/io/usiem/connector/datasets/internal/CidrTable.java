package io.usiem.connector.datasets.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Longest-prefix match over an immutable sorted array of disjoint ranges. Nested networks are
 * flattened at build time: each range carries the most specific network covering it, so a lookup is
 * one binary search over primitive arrays (O(log n), no allocation), for IPv4 and IPv6 alike.
 */
final class CidrTable {
    private final long[] startHi;
    private final long[] startLo;
    private final long[] endHi;
    private final long[] endLo;
    private final Entry[] entries;
    private final boolean anyExpiry;

    /**
     * @param entries entries whose keys are canonical networks
     * @param v4 whether to take the IPv4 networks or the IPv6 ones: the families get separate tables so
     *        an IPv6 {@code ::/0} never answers for an IPv4 address
     */
    CidrTable(List<Entry> entries, boolean v4) {
        List<Net> nets = new ArrayList<>(entries.size());
        boolean expiry = false;
        for (Entry e : entries) {
            Cidr c = Cidr.parse(e.key());
            if (c != null && c.v4() == v4) {
                nets.add(new Net(c, e));
                expiry |= e.expiresAt() != Entry.NEVER;
            }
        }
        sortUnsigned(nets);
        Ranges out = new Ranges(nets.size() * 2 + 1);
        flatten(nets, out);
        this.startHi = out.trim(out.sh);
        this.startLo = out.trim(out.sl);
        this.endHi = out.trim(out.eh);
        this.endLo = out.trim(out.el);
        this.entries = java.util.Arrays.copyOf(out.en, out.n);
        this.anyExpiry = expiry;
    }

    private static void sortUnsigned(List<Net> nets) {
        nets.sort((a, b) -> {
            int c = Keys.compare(a.c.hi(), a.c.lo(), b.c.hi(), b.c.lo());
            return c != 0 ? c : Integer.compare(a.c.length(), b.c.length());
        });
    }

    /** Sweeps networks in start order (broader first), a stack holding the networks still open. */
    private static void flatten(List<Net> nets, Ranges out) {
        Net[] stack = new Net[130];
        int depth = 0;
        long curHi = 0;
        long curLo = 0;
        boolean exhausted = false;
        for (Net n : nets) {
            if (depth > 0 && stack[depth - 1].c.hi() == n.c.hi() && stack[depth - 1].c.lo() == n.c.lo()
                    && stack[depth - 1].c.length() == n.c.length()) {
                continue;
            }
            while (depth > 0 && Keys.compare(stack[depth - 1].c.endHi(), stack[depth - 1].c.endLo(), n.c.hi(), n.c.lo()) < 0) {
                Net top = stack[--depth];
                if (!exhausted && Keys.compare(curHi, curLo, top.c.endHi(), top.c.endLo()) <= 0) {
                    out.add(curHi, curLo, top.c.endHi(), top.c.endLo(), top.e);
                }
                curLo = top.c.endLo() + 1;
                curHi = top.c.endHi() + (curLo == 0 ? 1 : 0);
                exhausted = curHi == 0 && curLo == 0;
            }
            if (depth > 0 && !exhausted && Keys.compare(curHi, curLo, n.c.hi(), n.c.lo()) < 0) {
                long eLo = n.c.lo() - 1;
                long eHi = n.c.hi() - (n.c.lo() == 0 ? 1 : 0);
                out.add(curHi, curLo, eHi, eLo, stack[depth - 1].e);
            }
            curHi = n.c.hi();
            curLo = n.c.lo();
            exhausted = false;
            stack[depth++] = n;
        }
        while (depth > 0) {
            Net top = stack[--depth];
            if (!exhausted && Keys.compare(curHi, curLo, top.c.endHi(), top.c.endLo()) <= 0) {
                out.add(curHi, curLo, top.c.endHi(), top.c.endLo(), top.e);
            }
            curLo = top.c.endLo() + 1;
            curHi = top.c.endHi() + (curLo == 0 ? 1 : 0);
            exhausted = curHi == 0 && curLo == 0;
        }
    }

    /** @return the live entry of the longest network holding the address, or null */
    Entry find(long hi, long lo, long now) {
        int a = 0;
        int b = startHi.length - 1;
        int found = -1;
        while (a <= b) {
            int m = (a + b) >>> 1;
            if (Keys.compare(startHi[m], startLo[m], hi, lo) <= 0) {
                found = m;
                a = m + 1;
            } else {
                b = m - 1;
            }
        }
        if (found < 0 || Keys.compare(hi, lo, endHi[found], endLo[found]) > 0) {
            return null;
        }
        Entry e = entries[found];
        return anyExpiry && e.expired(now) ? null : e;
    }

    boolean anyExpiry() {
        return anyExpiry;
    }

    /** @return number of disjoint ranges after flattening */
    int ranges() {
        return startHi.length;
    }

    private record Net(Cidr c, Entry e) {
    }

    private static final class Ranges {
        long[] sh;
        long[] sl;
        long[] eh;
        long[] el;
        Entry[] en;
        int n;

        Ranges(int cap) {
            sh = new long[cap];
            sl = new long[cap];
            eh = new long[cap];
            el = new long[cap];
            en = new Entry[cap];
        }

        void add(long ah, long al, long bh, long bl, Entry e) {
            if (n == sh.length) {
                int c = n * 2;
                sh = java.util.Arrays.copyOf(sh, c);
                sl = java.util.Arrays.copyOf(sl, c);
                eh = java.util.Arrays.copyOf(eh, c);
                el = java.util.Arrays.copyOf(el, c);
                en = java.util.Arrays.copyOf(en, c);
            }
            sh[n] = ah;
            sl[n] = al;
            eh[n] = bh;
            el[n] = bl;
            en[n] = e;
            n++;
        }

        long[] trim(long[] a) {
            return java.util.Arrays.copyOf(a, n);
        }
    }
}
