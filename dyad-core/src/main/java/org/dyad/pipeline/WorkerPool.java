package org.dyad.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A fixed pool of daemon worker threads for one run, closed when the run ends. A task that throws
 * surfaces as an {@link IllegalStateException} whose cause is the task's own exception, on the
 * thread that waits for it. Daemon threads, so that a stuck worker cannot keep the JVM alive.
 */
public final class WorkerPool implements AutoCloseable {
    private final ExecutorService executor;

    /** @param threads at least one worker is started, whatever is asked */
    public WorkerPool(int threads, String threadName) {
        this.executor = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    public <T> Future<T> submit(Callable<T> task) {
        return executor.submit(task);
    }

    /** The task's result, once it is done; its exception, if it threw, as the cause of the one thrown. */
    public static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    /**
     * Runs every task and returns their results in task order. When tasks fail, every task is still
     * waited for; the first failure is thrown (its exception as the cause) and the later ones are
     * attached to it as suppressed exceptions, so none goes unreported.
     */
    public <T> List<T> runAll(List<? extends Callable<T>> tasks) {
        List<Future<T>> futures = new ArrayList<>();
        tasks.forEach(task -> futures.add(executor.submit(task)));
        List<T> results = new ArrayList<>();
        IllegalStateException failure = null;
        for (Future<T> future : futures) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = new IllegalStateException(e.getCause());
                } else {
                    failure.addSuppressed(e.getCause());
                }
            } catch (InterruptedException e) {
                throw interrupted(e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return results;
    }

    private static IllegalStateException interrupted(InterruptedException e) {
        Thread.currentThread().interrupt();
        return new IllegalStateException("interrupted", e);
    }

    /** Stops the workers; tasks still running are interrupted. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
