package dev.ariadne.liveness;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The run's state graph on disk: records in order, cut back to a checkpoint, read into a {@link Graph}, sent over the wire. */
class GraphFileTest {
    @TempDir
    Path dir;

    /** Three states: 0 -> 1 (fair, key 5), 0 -> 2, 1 -> 0; bits 1, 2, 3. */
    private static StateEdges batch() {
        StateEdges e = new StateEdges(3, 1);
        e.begin(0);
        e.bits()[e.bitsOffset(0)] = 1;
        e.add(0, 101, 7, 5);
        e.add(0, 102, 8, 0);
        e.begin(1);
        e.bits()[e.bitsOffset(1)] = 2;
        e.add(1, 100, 9, 5);
        e.begin(2);
        e.bits()[e.bitsOffset(2)] = 3;
        return e;
    }

    private static List<String> records(GraphFile f) throws IOException {
        List<String> out = new ArrayList<>();
        f.read(new GraphFile.RecordSink() {
            @Override
            public void begin(long seq, long[] bits, int edges) {
                out.add(seq + ": bits " + bits[0] + ", " + edges + " edges");
            }

            @Override
            public void edge(long seq, long fp, int step, long key) {
                out.add("  " + seq + " -> " + fp + " by " + step + " key " + key);
            }
        }, 1);
        return out;
    }

    @Test
    void recordsComeBackInOrderAndACheckpointCutsThemBack() throws IOException {
        try (GraphFile f = GraphFile.open(dir)) {
            StateEdges e = batch();
            e.appendTo(f, 0);
            f.sync();
            long length = f.length();
            e.appendTo(f, 1);
            e.appendTo(f, 2);
            assertEquals(3, f.records());
            assertEquals(List.of("0: bits 1, 2 edges", "  0 -> 101 by 7 key 5", "  0 -> 102 by 8 key 0",
                    "1: bits 2, 1 edges", "  1 -> 100 by 9 key 5", "2: bits 3, 0 edges"), records(f));
            f.truncate(length, 1);
            assertEquals(List.of("0: bits 1, 2 edges", "  0 -> 101 by 7 key 5", "  0 -> 102 by 8 key 0"), records(f));
            assertThrows(IOException.class, () -> f.truncate(length + 1, 2), "a checkpoint longer than the file");
        }
        assertTrue(Files.exists(dir.resolve(GraphFile.NAME)), "a run directory keeps its graph");
    }

    @Test
    void aLinkInPlaceOfTheFileIsRefused() throws IOException {
        Files.createSymbolicLink(dir.resolve(GraphFile.NAME), dir.resolve("elsewhere"));
        IOException e = assertThrows(IOException.class, () -> GraphFile.open(dir));
        assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
        assertTrue(Files.notExists(dir.resolve("elsewhere")));
    }

    @Test
    void aRunInMemoryHasATemporaryGraphThatGoesWithIt() throws IOException {
        Path p;
        try (GraphFile f = GraphFile.open(null)) {
            p = f.path();
            batch().appendTo(f, 0);
        }
        assertTrue(Files.notExists(p));
    }

    @Test
    void theLoaderNamesSuccessorsBySequenceNumberAndInternsFairInstances() throws IOException {
        try (GraphFile f = GraphFile.open(dir)) {
            StateEdges e = batch();
            for (int i = 0; i < 3; i++) {
                e.appendTo(f, i);
            }
            Graph g = GraphLoader.load(f, 1, 3, seq -> 100 + seq, new int[] {0, 1});
            assertArrayEquals(new int[] {0, 2, 3, 3}, g.start);
            assertArrayEquals(new int[] {1, 2, 0}, g.target);
            assertArrayEquals(new int[] {0, -1, 0}, g.fair);
            assertEquals(1, g.instances);
            assertEquals(1, g.initial);
            assertTrue(g.bit(2, 0) && g.bit(2, 1) && !g.bit(1, 0));
            IOException wrong = assertThrows(IOException.class, () -> GraphLoader.load(f, 1, 4, seq -> 100 + seq,
                    new int[] {0}));
            assertTrue(wrong.getMessage().contains("holds 3 states, the store 4"), wrong.getMessage());
        }
    }

    @Test
    void edgesCrossTheWireAndBatchesJoin() throws IOException {
        StateEdges e = batch();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        e.write(new DataOutputStream(bytes));
        StateEdges back = StateEdges.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        StateEdges joined = StateEdges.concat(new StateEdges[] {e, back});
        assertEquals(6, joined.states());
        try (GraphFile a = GraphFile.open(dir.resolve("..").resolve(dir.getFileName()));
             GraphFile b = GraphFile.open(null)) {
            for (int i = 0; i < 6; i++) {
                joined.appendTo(b, i);
            }
            for (int i = 0; i < 3; i++) {
                e.appendTo(a, i);
            }
            List<String> first = records(a);
            List<String> both = records(b);
            assertEquals(first, both.subList(0, first.size()));
            assertEquals(2 * first.size(), both.size());
        }
    }
}
