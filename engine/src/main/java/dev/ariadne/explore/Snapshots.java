package dev.ariadne.explore;

import dev.ariadne.expand.Batch;
import dev.ariadne.storage.DamagedStoreException;
import dev.ariadne.storage.StateRecord;
import dev.ariadne.storage.StateReader;
import dev.ariadne.snapshot.Fingerprint;
import dev.ariadne.space.Cursor;
import dev.ariadne.space.StateFormatException;
import dev.ariadne.space.StateSpace;

/**
 * Reading snapshots back from a store, trusting nothing: the bytes must exist and hash
 * to the fingerprint they are stored under (the fingerprint doubles as a checksum), so
 * a damaged store is reported instead of being explored as some other state.
 */
final class Snapshots {
    private Snapshots() {
    }

    /** The verified bytes of state {@code fp}. */
    static byte[] read(StateReader store, StateSpace space, long fp) {
        return checked(store, space, fp, store.snapshot(fp));
    }

    private static byte[] checked(StateReader store, StateSpace space, long fp, byte[] bytes) {
        if (bytes == null) {
            throw new DamagedStoreException(store, DamagedStoreException.Part.SNAPSHOTS,
                    "no snapshot of state " + Fingerprint.hex(fp));
        }
        if (space.fingerprint(bytes, 0, bytes.length) != fp) {
            throw new DamagedStoreException(store, DamagedStoreException.Part.SNAPSHOTS,
                    "the snapshot of state " + Fingerprint.hex(fp) + " does not match its fingerprint");
        }
        return bytes;
    }

    /** Reads, verifies and loads state {@code fp} into the cursor; returns its bytes. */
    static byte[] load(StateReader store, StateSpace space, Cursor cursor, long fp) {
        byte[] bytes = read(store, space, fp);
        decode(store, cursor, fp, bytes);
        return bytes;
    }

    private static void decode(StateReader store, Cursor cursor, long fp, byte[] bytes) {
        try {
            cursor.load(fp, bytes, 0, bytes.length);
        } catch (StateFormatException e) {
            throw new DamagedStoreException(store, DamagedStoreException.Part.SNAPSHOTS,
                    "the snapshot of state " + Fingerprint.hex(fp) + " cannot be decoded: " + e.getMessage());
        }
    }

    /** Checks that the batch's states can be read, verified and decoded (after a worker failed on it). */
    static void verify(Batch b, StateSpace space, Cursor cursor) {
        StateReader store = b.run().store();
        for (int i = 0; i < b.size(); i++) {
            if (b.snapshots()[i] == null) {
                long fp = b.fps()[i];
                decode(store, cursor, fp, checked(store, space, fp, store.snapshotAt(b.firstSeq() + i)));
            }
        }
    }

    /** Every queued state's order entry must name a stored state with that sequence number. */
    static void verifyQueue(StateReader store, long expanded) {
        for (long seq = expanded; seq < store.size(); seq++) {
            StateRecord r = store.recordAt(seq);
            if (r == null || r.seq() != seq) {
                throw new DamagedStoreException(store, DamagedStoreException.Part.ORDER, "entry " + seq
                        + " names " + (r == null ? "no stored state" : "the state stored as " + r.seq()));
            }
        }
    }
}
