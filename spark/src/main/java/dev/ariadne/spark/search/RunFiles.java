package dev.ariadne.spark.search;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * A distributed run's directory, on any file system Hadoop can name (a local path, HDFS,
 * S3): the run's description ({@value #RUN_FILE}), and for each checkpointed level the
 * parts ({@code level-N/part-I}, written by the executors), the driver's counts
 * ({@code level-N/progress.properties}) and, last, the mark that the level is complete.
 * Every file is written aside and renamed into place.
 */
public final class RunFiles implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String RUN_FILE = "spark-run.properties";
    private static final String COMPLETE = "_COMPLETE";

    private final String dir;

    public RunFiles(String dir) {
        this.dir = dir;
    }

    public String dir() {
        return dir;
    }

    private Path path(String name) {
        return new Path(dir, name);
    }

    private static String levelName(int level) {
        return String.format("level-%06d", level);
    }

    private static FileSystem fs(Path p, Configuration conf) throws IOException {
        return p.getFileSystem(conf);
    }

    /** Writes bytes to {@code name} (relative to the run directory), aside first, then renamed into place. */
    void write(String name, byte[] bytes, Configuration conf) throws IOException {
        writeWith(path(name), out -> out.write(bytes), conf);
    }

    private interface Writer {
        void to(OutputStream out) throws IOException;
    }

    private static void writeWith(Path target, Writer w, Configuration conf) throws IOException {
        FileSystem fs = fs(target, conf);
        Path aside = new Path(target.getParent(), "." + target.getName() + ".tmp");
        try (OutputStream out = new BufferedOutputStream(fs.create(aside, true), 1 << 16)) {
            w.to(out);
        }
        fs.delete(target, false);
        if (!fs.rename(aside, target)) {
            throw new IOException("cannot rename '" + aside + "' to '" + target + "'");
        }
    }

    /** In an executor: the part of a checkpointed level. */
    public void writePart(int level, Part part) {
        try {
            writeWith(path(levelName(level) + "/" + String.format("part-%05d", part.index())), out -> {
                ObjectOutputStream o = new ObjectOutputStream(out);
                o.writeObject(part);
                o.flush();
            }, new Configuration());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the checkpoint of partition " + part.index(), e);
        }
    }

    /** In an executor: a part of a checkpointed level, as it was written. */
    public Part readPart(int level, int index) {
        Path p = path(levelName(level) + "/" + String.format("part-%05d", index));
        try (InputStream in = new BufferedInputStream(fs(p, new Configuration()).open(p), 1 << 16);
             ObjectInputStream o = new ObjectInputStream(in)) {
            return (Part) o.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the checkpoint '" + p + "'", e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** On the driver, after every part of the level is written: its counts, then the mark that it is complete. */
    public void completeLevel(int level, Properties progress, Configuration conf) throws IOException {
        write(levelName(level) + "/progress.properties", bytes(progress), conf);
        write(levelName(level) + "/" + COMPLETE, new byte[0], conf);
        FileSystem fs = fs(path("."), conf);
        for (FileStatus s : fs.listStatus(new Path(dir))) {
            String n = s.getPath().getName();
            if (n.startsWith("level-") && !n.equals(levelName(level))) {
                fs.delete(s.getPath(), true); // an older checkpoint, or a partial one of a session that died
            }
        }
    }

    /** The last complete level, or -1 when none is. */
    public int lastLevel(Configuration conf) throws IOException {
        Path root = new Path(dir);
        FileSystem fs = fs(root, conf);
        int last = -1;
        if (!fs.exists(root)) {
            return last;
        }
        for (FileStatus s : fs.listStatus(root)) {
            String n = s.getPath().getName();
            if (n.startsWith("level-") && fs.exists(new Path(s.getPath(), COMPLETE))) {
                last = Math.max(last, Integer.parseInt(n.substring("level-".length())));
            }
        }
        return last;
    }

    public Properties progress(int level, Configuration conf) throws IOException {
        return read(levelName(level) + "/progress.properties", conf);
    }

    public Properties read(String name, Configuration conf) throws IOException {
        Path p = path(name);
        Properties props = new Properties();
        try (InputStream in = fs(p, conf).open(p)) {
            props.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return props;
    }

    public boolean exists(String name, Configuration conf) throws IOException {
        Path p = path(name);
        return fs(p, conf).exists(p);
    }

    static byte[] bytes(Properties props) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        props.store(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), null);
        return out.toByteArray();
    }

    /** The run's description, written once when it starts. */
    public void writeRun(Properties run, Configuration conf) throws IOException {
        write(RUN_FILE, bytes(run), conf);
    }

    /** Whether the directory can be used for a new run: absent or empty; creates it and probes a write. */
    public void prepareNew(Configuration conf) throws IOException {
        Path root = new Path(dir);
        FileSystem fs = fs(root, conf);
        if (fs.exists(root)) {
            if (!fs.getFileStatus(root).isDirectory()) {
                throw new IOException("it is a file, not a directory");
            }
            if (fs.listStatus(root).length > 0) {
                throw new IOException(fs.exists(path(RUN_FILE))
                        ? "it holds a run: continue it with 'ariadne resume " + dir + "', or choose another directory"
                        : "a new run needs a new or empty directory");
            }
        }
        if (!fs.mkdirs(root)) {
            throw new IOException("cannot create it");
        }
        write(".probe", new byte[] {1}, conf);
        fs.delete(path(".probe"), false);
    }
}
