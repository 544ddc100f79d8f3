package dev.ariadne.value;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A dict written and put back through the trail, as a worker does between branches: a save
 * copies only its values, so its keys, which the trail then shares, must stay as they were
 * whatever later insertions and removals do (checked against a model of maps).
 */
class DictTrailTest {
    private static String contents(DictV d) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < d.size(); i++) {
            s.append(((IntV) d.keyAt(i)).value).append('=').append(((IntV) d.valueAt(i)).value).append(' ');
        }
        return s.toString();
    }

    private static String contents(TreeMap<Long, Long> m) {
        StringBuilder s = new StringBuilder();
        m.forEach((k, v) -> s.append(k).append('=').append(v).append(' '));
        return s.toString();
    }

    @Test
    void anInsertionAfterAValueWriteLeavesTheSavedKeysAlone() {
        Trail t = new Trail();
        DictV d = DictV.empty(t.epoch());
        for (int k = 0; k < 3; k++) {
            d.put(IntV.of(k * 10), IntV.of(k), t);
        }
        int outer = t.mark();
        d.put(IntV.of(10), IntV.of(7), t); // saves: values copied, keys shared
        int inner = t.mark();
        d.put(IntV.of(10), IntV.of(8), t); // saved again in the new epoch: the same keys shared twice
        t.undoTo(inner);
        d.put(IntV.of(5), IntV.of(5), t); // the keys the outer entry holds must not move
        assertEquals("0=0 5=5 10=7 20=2 ", contents(d));
        t.undoTo(outer);
        assertEquals("0=0 10=1 20=2 ", contents(d));
        d.remove(IntV.of(0), t);
        assertEquals("10=1 20=2 ", contents(d));
    }

    @Test
    void randomWritesUndoneToRandomMarksMatchAModel() {
        Random r = new Random(17);
        for (int round = 0; round < 200; round++) {
            Trail t = new Trail();
            DictV d = DictV.empty(t.epoch());
            TreeMap<Long, Long> model = new TreeMap<>();
            List<Integer> marks = new ArrayList<>();
            List<TreeMap<Long, Long>> at = new ArrayList<>();
            for (int op = 0; op < 60; op++) {
                int what = r.nextInt(10);
                long k = r.nextInt(8);
                if (what < 2) {
                    marks.add(t.mark());
                    at.add(new TreeMap<>(model));
                } else if (what < 3 && !marks.isEmpty()) {
                    int i = r.nextInt(marks.size());
                    t.undoTo(marks.get(i));
                    model = new TreeMap<>(at.get(i));
                    marks.subList(i + 1, marks.size()).clear();
                    at.subList(i + 1, at.size()).clear();
                } else if (what < 5) {
                    d.remove(IntV.of(k), t);
                    model.remove(k);
                } else {
                    long v = r.nextInt(100);
                    d.put(IntV.of(k), IntV.of(v), t);
                    model.put(k, v);
                }
                assertEquals(contents(model), contents(d), "round " + round + ", operation " + op);
            }
        }
    }
}
