package dev.ariadne.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What a test may learn from a run directory's files from the outside, without opening the
 * store (so while another process writes it); shared with the command line's tests.
 */
public final class StoreFiles {
    private StoreFiles() {
    }

    /**
     * The number of states the writer has published so far: a small store's states at its last
     * checkpoint, else the order file's counter (0 if there is neither file yet). A plain read of the
     * order file sees the page cache the writer's mapping writes to; nothing is mapped or locked.
     */
    public static long published(Path runDirectory) {
        try (FileChannel ch = FileChannel.open(runDirectory.resolve(RunDirectory.SMALL_FILE), StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.allocate(4);
            while (b.hasRemaining() && ch.read(b, SmallFile.COUNT_OFFSET + b.position()) > 0) {
                // read the 4 bytes
            }
            return b.hasRemaining() ? 0 : b.getInt(0);
        } catch (NoSuchFileException e) {
            // not a small store (any more): the order file says
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        try (FileChannel ch = FileChannel.open(runDirectory.resolve(RunDirectory.ORDER_FILE), StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            while (b.hasRemaining() && ch.read(b, OrderFile.OFF_PUBLISHED + b.position()) > 0) {
                // read the 8 bytes
            }
            return b.hasRemaining() ? 0 : b.getLong(0);
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
