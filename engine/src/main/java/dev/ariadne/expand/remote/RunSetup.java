package dev.ariadne.expand.remote;

import dev.ariadne.expand.BatchWire;

import dev.ariadne.expand.ExploreOptions;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a worker process needs to expand the states of one run: the model's text and
 * constants (it compiles them itself and checks the program hash and codec version),
 * the options that change how states expand, and the store it may read snapshots from.
 *
 * @param storeDirectory the run directory, or null when every snapshot comes with its batch
 */
public record RunSetup(String tag, String fileName, String modelText, Map<String, String> consts, String programHash,
                       int codecVersion, int maxDepth, boolean checkDeadlock, boolean keepGoing, long stepBudget,
                       List<String> invariants, List<String> properties, String storeDirectory,
                       boolean symmetry, boolean coverage) {

    /** The setup of a run with these options. */
    public static RunSetup of(String tag, String fileName, String modelText, Map<String, String> consts,
                              String programHash, int codecVersion, ExploreOptions o, String storeDirectory) {
        return new RunSetup(tag, fileName, modelText, consts, programHash, codecVersion, o.search().maxDepth(),
                o.space().checkDeadlock(), o.search().keepGoing(), o.space().stepBudget(), o.space().invariants(), o.space().properties(), storeDirectory,
                o.space().symmetry(), o.search().coverage());
    }

    public ExploreOptions options() {
        return ExploreOptions.defaults().withMaxDepth(maxDepth).withDeadlock(checkDeadlock).withKeepGoing(keepGoing)
                .withStepBudget(stepBudget).withInvariants(invariants).withProperties(properties)
                .withSymmetry(symmetry).withCoverage(coverage);
    }

    public byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            BatchWire.writeString(out, tag);
            BatchWire.writeString(out, fileName);
            BatchWire.writeString(out, modelText);
            out.writeInt(consts.size());
            for (Map.Entry<String, String> e : consts.entrySet()) {
                BatchWire.writeString(out, e.getKey());
                BatchWire.writeString(out, e.getValue());
            }
            BatchWire.writeString(out, programHash);
            out.writeInt(codecVersion);
            out.writeInt(maxDepth);
            out.writeBoolean(checkDeadlock);
            out.writeBoolean(keepGoing);
            out.writeLong(stepBudget);
            writeNames(out, invariants);
            writeNames(out, properties);
            out.writeBoolean(storeDirectory != null);
            if (storeDirectory != null) {
                BatchWire.writeString(out, storeDirectory);
            }
            out.writeBoolean(symmetry);
            out.writeBoolean(coverage);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static RunSetup decode(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            String tag = BatchWire.readString(in);
            String fileName = BatchWire.readString(in);
            String text = BatchWire.readString(in);
            int n = in.readInt();
            Map<String, String> consts = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                consts.put(BatchWire.readString(in), BatchWire.readString(in));
            }
            String hash = BatchWire.readString(in);
            int codec = in.readInt();
            int maxDepth = in.readInt();
            boolean deadlock = in.readBoolean();
            boolean keepGoing = in.readBoolean();
            long budget = in.readLong();
            List<String> invariants = readNames(in);
            List<String> properties = readNames(in);
            String store = in.readBoolean() ? BatchWire.readString(in) : null;
            boolean symmetry = in.readBoolean();
            boolean coverage = in.readBoolean();
            return new RunSetup(tag, fileName, text, consts, hash, codec, maxDepth, deadlock, keepGoing, budget,
                    invariants, properties, store, symmetry, coverage);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A list of names, or null (written as -1). */
    private static void writeNames(DataOutputStream out, List<String> names) throws IOException {
        out.writeInt(names == null ? -1 : names.size());
        if (names != null) {
            for (String n : names) {
                BatchWire.writeString(out, n);
            }
        }
    }

    private static List<String> readNames(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add(BatchWire.readString(in));
        }
        return names;
    }
}
