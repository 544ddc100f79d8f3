package dev.ariadne.explore.remote;

import dev.ariadne.explore.BatchWire;

import dev.ariadne.explore.ExploreOptions;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
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
                       String storeDirectory) {

    public ExploreOptions options() {
        return ExploreOptions.defaults().withMaxDepth(maxDepth).withDeadlock(checkDeadlock).withKeepGoing(keepGoing)
                .withStepBudget(stepBudget);
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
            out.writeBoolean(storeDirectory != null);
            if (storeDirectory != null) {
                BatchWire.writeString(out, storeDirectory);
            }
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
            String store = in.readBoolean() ? BatchWire.readString(in) : null;
            return new RunSetup(tag, fileName, text, consts, hash, codec, maxDepth, deadlock, keepGoing, budget, store);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
