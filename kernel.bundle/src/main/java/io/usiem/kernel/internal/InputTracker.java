package io.usiem.kernel.internal;

import io.usiem.api.input.Input;
import io.usiem.api.input.InputStats;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Tracks the inputs for {@code siem:status} by reference, and gets an input's service only when its counters are
 * read. Inputs need the kernel's {@code EventIngest}; had the kernel bound them while it activates (a DS reference),
 * an input starting at that moment would need the kernel to finish first: SCR reports a circular reference and the
 * input stays down (seen after every kernel reconfiguration in Karaf).
 */
final class InputTracker extends ServiceTracker<Input, ServiceReference<Input>> {
    private final Whiteboard<Input> inputs;

    InputTracker(BundleContext context, Whiteboard<Input> inputs) {
        super(context, Input.class, null);
        this.inputs = inputs;
    }

    @Override
    public ServiceReference<Input> addingService(ServiceReference<Input> ref) {
        inputs.add(new LazyInput(context, ref), ranking(ref), (Long) ref.getProperty(Constants.SERVICE_ID));
        return ref;
    }

    @Override
    public void removedService(ServiceReference<Input> ref, ServiceReference<Input> tracked) {
        inputs.remove((Long) ref.getProperty(Constants.SERVICE_ID));
    }

    private static int ranking(ServiceReference<?> ref) {
        Object r = ref.getProperty(Constants.SERVICE_RANKING);
        return r instanceof Integer ? (Integer) r : 0;
    }

    /** An input whose service is got for each read of its counters and released after. */
    private static final class LazyInput implements Input {
        private final BundleContext context;
        private final ServiceReference<Input> ref;

        LazyInput(BundleContext context, ServiceReference<Input> ref) {
            this.context = context;
            this.ref = ref;
        }

        @Override
        public InputStats stats() {
            Input input = context.getService(ref);
            if (input == null) {
                return InputStats.builder("input " + ref.getProperty(Constants.SERVICE_ID), "unavailable").build();
            }
            try {
                return input.stats();
            } finally {
                context.ungetService(ref);
            }
        }
    }
}
