package io.usiem.api.event;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** ECS category and type sets are kept as bit masks in the event header: no set allocated per event. */
final class Bits {
    private static final EcsCategory[] CATEGORIES = EcsCategory.values();
    private static final EcsEventType[] TYPES = EcsEventType.values();

    private Bits() {
    }

    static Set<EcsCategory> categories(int mask) {
        if (mask == 0) {
            return Collections.emptySet();
        }
        EnumSet<EcsCategory> set = EnumSet.noneOf(EcsCategory.class);
        for (EcsCategory c : CATEGORIES) {
            if ((mask & 1 << c.ordinal()) != 0) {
                set.add(c);
            }
        }
        return Collections.unmodifiableSet(set);
    }

    static Set<EcsEventType> types(int mask) {
        if (mask == 0) {
            return Collections.emptySet();
        }
        EnumSet<EcsEventType> set = EnumSet.noneOf(EcsEventType.class);
        for (EcsEventType t : TYPES) {
            if ((mask & 1 << t.ordinal()) != 0) {
                set.add(t);
            }
        }
        return Collections.unmodifiableSet(set);
    }
}
