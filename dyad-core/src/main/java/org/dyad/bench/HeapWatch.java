package org.dyad.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap as the garbage collector reports it: the heap is fullest just before a collection,
 * and what survives one is what the run retains. Sampling the heap now and then would miss both.
 */
public final class HeapWatch implements AutoCloseable {
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakLive = new AtomicLong();
    private final NotificationListener listener = (notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            record(total(info.getGcInfo().getMemoryUsageBeforeGc()), total(info.getGcInfo().getMemoryUsageAfterGc()));
        }
    };

    public HeapWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
            }
        }
    }

    /** Starts a new measurement: peaks from here on. */
    public void reset() {
        long now = heapUsedNow();
        peakUsed.set(now);
        peakLive.set(0);
    }

    /** Most heap used since {@link #reset}, including what is in use right now. */
    public long peakUsed() {
        return Math.max(peakUsed.get(), heapUsedNow());
    }

    /** Most heap that survived a collection since {@link #reset} (0 if none ran). */
    public long peakLive() {
        return peakLive.get();
    }

    private void record(long before, long after) {
        peakUsed.accumulateAndGet(before, Math::max);
        peakLive.accumulateAndGet(after, Math::max);
    }

    /** Heap pools only: the collector also reports code cache and metaspace, which are not heap. */
    private static long total(Map<String, MemoryUsage> pools) {
        long sum = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage u = pools.get(pool.getName());
            if (u != null && pool.getType() == java.lang.management.MemoryType.HEAP) {
                sum += u.getUsed();
            }
        }
        return sum;
    }

    private static long heapUsedNow() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException e) {
                    // never registered on this one: nothing to undo
                }
            }
        }
    }
}
