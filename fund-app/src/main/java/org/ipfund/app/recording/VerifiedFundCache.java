package org.ipfund.app.recording;

import java.lang.reflect.Field;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Funds kept in memory between commands, so that a command does not read and replay the fund's whole history
 * first. A kept fund is used only if the event store holds nothing newer: its version is checked against the
 * store's last sequence number for the fund, one indexed query, taken under the fund's advisory lock
 * ({@link OneWriterPerFund}). So a fund another instance changed, or one whose events were rolled back after the
 * command ended (a keyed request's transaction outlives it: such a fund is also dropped when that transaction
 * does not commit), is read from the store again instead of being used stale. Axon's weak-reference cache holds the funds; the {@value #STRONGLY_HELD} most recently used are also
 * held strongly here, or every garbage collection would empty it.
 */
public final class VerifiedFundCache implements Cache {

    private static final Logger LOG = LoggerFactory.getLogger(VerifiedFundCache.class);
    private static final Field VERSION = versionField();

    private static final int STRONGLY_HELD = 10_000;

    private final Cache kept = new WeakReferenceCache();
    private final Map<Object, Object> recentlyUsed = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                    return size() > STRONGLY_HELD;
                }
            });
    private final Supplier<EventStore> store;

    public VerifiedFundCache(Supplier<EventStore> store) {
        this.store = store;
    }

    @Override
    public <K, V> V get(K key) {
        V entry = kept.get(key);
        if (entry == null) {
            return null;
        }
        Long keptVersion = versionOf(entry);
        Optional<Long> storedVersion = store.get().lastSequenceNumberFor(key.toString());
        if (keptVersion != null && storedVersion.isPresent() && storedVersion.get().equals(keptVersion)) {
            recentlyUsed.put(key, entry);
            return entry;
        }
        remove(key);
        return null;
    }

    @Override
    public void put(Object key, Object value) {
        kept.put(key, value);
        recentlyUsed.put(key, value);
        forgetUnlessCommitted(key);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        boolean added = kept.putIfAbsent(key, value);
        if (added) {
            recentlyUsed.put(key, value);
            forgetUnlessCommitted(key);
        }
        return added;
    }

    /**
     * Axon keeps a fund when its unit of work commits, but the database transaction may outlive it (a keyed request
     * keeps its answer in it) and still roll back, unseen by Axon. The version check alone would not catch that if
     * another instance then appended a different event at the same sequence number: so a fund kept in a
     * transaction that does not commit is dropped.
     */
    private void forgetUnlessCommitted(Object key) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        remove(key);
                    }
                }
            });
        }
    }

    @Override
    public boolean remove(Object key) {
        recentlyUsed.remove(key);
        return kept.remove(key);
    }

    @Override
    public void removeAll() {
        recentlyUsed.clear();
        kept.removeAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return kept.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        return kept.registerCacheEntryListener(listener);
    }

    @Override
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        kept.computeIfPresent(key, update);
        Object updated = kept.get(key);
        if (updated != null) {
            recentlyUsed.put(key, updated);
        }
    }

    /** The version a kept fund had when it was kept; unknown (so never used) if Axon's entry changed shape. */
    private static Long versionOf(Object entry) {
        if (VERSION == null || !(entry instanceof AggregateCacheEntry<?>)) {
            return null;
        }
        try {
            return (Long) VERSION.get(entry);
        } catch (IllegalAccessException unreadable) {
            return null;
        }
    }

    /** Axon's cache entry keeps the aggregate's version but offers no getter for it. */
    private static Field versionField() {
        try {
            Field version = AggregateCacheEntry.class.getDeclaredField("version");
            version.setAccessible(true);
            return version.getType() == Long.class ? version : null;
        } catch (ReflectiveOperationException | RuntimeException unavailable) {
            LOG.warn("Axon's aggregate cache entry has no readable version; funds are read from the store every time");
            return null;
        }
    }
}
