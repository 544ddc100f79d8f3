package dev.ariadne.spark.search;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The states of one level that one partition owns, as their bytes: chunks of
 * {@code (fingerprint, length, bytes)} entries, so that a large frontier is many small
 * arrays rather than one huge one. Immutable once built.
 */
public final class Frontier implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int CHUNK = 1 << 20;

    private final List<byte[]> chunks;
    private final int count;

    private Frontier(List<byte[]> chunks, int count) {
        this.chunks = chunks;
        this.count = count;
    }

    public static Frontier empty() {
        return new Frontier(List.of(), 0);
    }

    public int count() {
        return count;
    }

    /** Visits every state: its fingerprint and bytes. */
    public void forEach(Visitor v) {
        for (byte[] c : chunks) {
            ByteBuffer b = ByteBuffer.wrap(c);
            while (b.remaining() >= 12) {
                long fp = b.getLong();
                int len = b.getInt();
                if (!v.state(fp, c, b.position(), len)) {
                    return;
                }
                b.position(b.position() + len);
            }
        }
    }

    /** Reads the states one by one: {@code while (r.next()) use(r.fp(), r.bytes(), r.offset(), r.length())}. */
    public Reader reader() {
        return new Reader();
    }

    /** A position in a frontier. */
    public final class Reader {
        private int chunk = -1;
        private ByteBuffer at;
        private long fp;
        private int off;
        private int len;

        public boolean next() {
            if (at != null) {
                at.position(off + len);
            }
            while (at == null || at.remaining() < 12) {
                if (++chunk >= chunks.size()) {
                    return false;
                }
                at = ByteBuffer.wrap(chunks.get(chunk));
            }
            fp = at.getLong();
            len = at.getInt();
            off = at.position();
            return true;
        }

        public long fp() {
            return fp;
        }

        public byte[] bytes() {
            return at.array();
        }

        public int offset() {
            return off;
        }

        public int length() {
            return len;
        }
    }

    /** Receives the states of a frontier; returns false to stop. */
    @FunctionalInterface
    public interface Visitor {
        boolean state(long fp, byte[] bytes, int off, int len);
    }

    /** Appends states, then {@link #build}s the frontier. */
    public static final class Builder {
        private final List<byte[]> chunks = new ArrayList<>();
        private ByteBuffer current;
        private int count;

        public void add(long fp, byte[] bytes, int off, int len) {
            if (current == null || current.remaining() < 12 + len) {
                flush();
                current = ByteBuffer.allocate(Math.max(CHUNK, 12 + len));
            }
            current.putLong(fp).putInt(len).put(bytes, off, len);
            count++;
        }

        private void flush() {
            if (current != null && current.position() > 0) {
                byte[] c = new byte[current.position()];
                System.arraycopy(current.array(), 0, c, 0, c.length);
                chunks.add(c);
            }
            current = null;
        }

        public Frontier build() {
            flush();
            return new Frontier(List.copyOf(chunks), count);
        }
    }
}
