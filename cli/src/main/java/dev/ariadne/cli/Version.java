package dev.ariadne.cli;

import dev.ariadne.lang.compile.Compiler;
import dev.ariadne.snapshot.StateCodec;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of Ariadne, from the {@code version.properties} Maven fills in at build time. */
final class Version {
    private Version() {
    }

    static String ariadne() {
        return property("version");
    }

    /** The commit the build was made from (12 hex digits), or {@code unknown} for a build outside git. */
    static String commit() {
        return property("commit");
    }

    private static String property(String name) {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty(name, "unknown").trim();
            return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** What {@code ariadne --version} prints. */
    static String[] lines() {
        return new String[] {
            "ariadne " + ariadne() + " (commit " + commit() + ")",
            "compiler version " + Compiler.VERSION + ", snapshot format " + StateCodec.FORMAT_VERSION
                    + ", Java " + System.getProperty("java.version")
        };
    }
}
