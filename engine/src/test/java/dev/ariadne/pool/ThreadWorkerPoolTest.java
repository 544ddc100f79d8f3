package dev.ariadne.pool;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThreadWorkerPoolTest {

    @Test
    void neverRunsMoreTasksThanWorkers() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Recorder rec = new Recorder();
        rec.expect(40);
        try (ThreadWorkerPool<Object, Object> pool = new ThreadWorkerPool<>(3, () -> task -> {
            int now = running.incrementAndGet();
            most.accumulateAndGet(now, Math::max);
            Thread.sleep(5);
            running.decrementAndGet();
            return "done";
        }, rec)) {
            for (int i = 0; i < 40; i++) {
                pool.submit(new Task<>("t", 0, i));
            }
            assertTrue(rec.await(30));
        }
        assertTrue(most.get() <= 3, "at most 3 at once, saw " + most.get());
        assertEquals(40, rec.outcomes.stream().filter(o -> "done".equals(o.result())).count());
    }

    @Test
    void aMoreUrgentTaskIsTakenBeforeQueuedLessUrgentOnes() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        List<Object> order = java.util.Collections.synchronizedList(new ArrayList<>());
        Recorder rec = new Recorder();
        rec.expect(6);
        try (ThreadWorkerPool<Object, Object> pool = new ThreadWorkerPool<>(1, () -> task -> {
            if ("gate".equals(task.payload)) {
                gate.await();
            }
            order.add(task.payload);
            return null;
        }, rec)) {
            pool.submit(new Task<>("low", 5, "gate"));
            Thread.sleep(50); // the worker is now busy with the gate task
            for (int i = 0; i < 4; i++) {
                pool.submit(new Task<>("low", 5, "low" + i));
            }
            pool.submit(new Task<>("high", 1, "high"));
            gate.countDown();
            assertTrue(rec.await(10));
        }
        assertEquals(List.of("gate", "high", "low0", "low1", "low2", "low3"), order);
    }

    @Test
    void interruptingOneTagLeavesTheOthersAlone() throws Exception {
        Recorder rec = new Recorder();
        rec.expect(20);
        try (ThreadWorkerPool<Object, Object> pool = new ThreadWorkerPool<>(2, () -> task -> {
            for (int i = 0; i < 20 && !task.isCancelled(); i++) {
                Thread.sleep(2);
            }
            return "ran";
        }, rec)) {
            List<Task<Object>> a = new ArrayList<>();
            List<Task<Object>> b = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                a.add(new Task<>("a", 0, i));
                b.add(new Task<>("b", 0, i));
                pool.submit(a.get(i));
                pool.submit(b.get(i));
            }
            pool.interrupt("a");
            assertTrue(rec.await(30));
            for (Task<Object> t : b) {
                assertEquals("ran", rec.of(t).result(), "tag b is untouched");
            }
            long cancelledA = a.stream().filter(t -> rec.of(t).cancelled()).count();
            assertTrue(cancelledA >= 8, "tag a's queued tasks are cancelled: " + cancelledA);
        }
    }

    @Test
    void shutdownLetsRunningTasksFinishAndStopsEveryThread() throws Exception {
        Recorder rec = new Recorder();
        rec.expect(5);
        ThreadWorkerPool<Object, Object> pool = new ThreadWorkerPool<>(1, () -> task -> {
            Thread.sleep(50);
            return "ran";
        }, rec);
        for (int i = 0; i < 5; i++) {
            pool.submit(new Task<>("t", 0, i));
        }
        Thread.sleep(10);
        pool.shutdown();
        assertTrue(pool.awaitTermination(TimeUnit.SECONDS.toMillis(10)));
        assertTrue(rec.await(1));
        assertEquals(1, rec.outcomes.stream().filter(o -> "ran".equals(o.result())).count());
        assertEquals(4, rec.outcomes.stream().filter(Recorder.Outcome::cancelled).count());
    }
}
