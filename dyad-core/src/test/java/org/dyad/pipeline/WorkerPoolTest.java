package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class WorkerPoolTest {

    @Test
    void resultsComeBackInTaskOrder() {
        List<Callable<Integer>> tasks = List.of(() -> {
            Thread.sleep(50);
            return 1;
        }, () -> 2, () -> 3);
        try (WorkerPool pool = new WorkerPool(3, "test-worker")) {
            assertThat(pool.runAll(tasks)).containsExactly(1, 2, 3);
        }
    }

    @Test
    void aFailingTaskSurfacesItsCauseAndTheOthersStillFinishAndAreReported() {
        IllegalArgumentException first = new IllegalArgumentException("first bad task");
        OutOfMemoryError second = new OutOfMemoryError("second bad task");
        AtomicBoolean slowTaskFinished = new AtomicBoolean();
        List<Callable<String>> tasks = List.of(
                () -> {
                    throw first;
                },
                () -> {
                    Thread.sleep(100);
                    slowTaskFinished.set(true);
                    return "slow";
                },
                () -> {
                    throw second;
                });
        try (WorkerPool pool = new WorkerPool(2, "test-worker")) {
            assertThatThrownBy(() -> pool.runAll(tasks))
                    .isInstanceOf(IllegalStateException.class)
                    .hasCause(first)
                    .satisfies(e -> assertThat(e.getSuppressed()).containsExactly(second));
        }
        assertThat(slowTaskFinished).isTrue();
    }

    @Test
    void awaitUnwrapsTheTaskException() {
        try (WorkerPool pool = new WorkerPool(1, "test-worker")) {
            Future<Object> failed = pool.submit(() -> {
                throw new IllegalArgumentException("bad document");
            });
            assertThatThrownBy(() -> WorkerPool.await(failed))
                    .isInstanceOf(IllegalStateException.class)
                    .hasRootCauseInstanceOf(IllegalArgumentException.class)
                    .hasRootCauseMessage("bad document");
        }
    }

    @Test
    void workersAreDaemonsAndCloseInterruptsRunningTasks() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        AtomicBoolean daemon = new AtomicBoolean();
        try (WorkerPool pool = new WorkerPool(0, "test-worker")) {
            pool.submit(() -> {
                daemon.set(Thread.currentThread().isDaemon());
                started.countDown();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
                return null;
            });
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(daemon).isTrue();
    }
}
