package dev.ariadne.pool;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A task listener for tests: records every outcome and lets the test wait for a number of them. */
final class Recorder implements TaskListener<Object, Object> {
    record Outcome(Task<Object> task, Object result, Throwable error, boolean cancelled) {
    }

    final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch latch = new CountDownLatch(0);

    void expect(int n) {
        latch = new CountDownLatch(n);
    }

    boolean await(long seconds) throws InterruptedException {
        return latch.await(seconds, TimeUnit.SECONDS);
    }

    @Override
    public void completed(Task<Object> task, Object result) {
        outcomes.add(new Outcome(task, result, null, false));
        latch.countDown();
    }

    @Override
    public void failed(Task<Object> task, Throwable error) {
        outcomes.add(new Outcome(task, null, error, false));
        latch.countDown();
    }

    @Override
    public void cancelled(Task<Object> task) {
        outcomes.add(new Outcome(task, null, null, true));
        latch.countDown();
    }

    Outcome of(Task<?> t) {
        return outcomes.stream().filter(o -> o.task() == t).findFirst().orElse(null);
    }
}
