package dev.ariadne.cli.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * A file of a WebJar on the class path (a web library packaged as a jar, under
 * {@code META-INF/resources/webjars/NAME/VERSION/}), read at report time so the page can
 * inline it: the report then needs no server and no network.
 */
final class WebJar {
    private final String group;
    private final String name;

    WebJar(String group, String name) {
        this.group = group;
        this.name = name;
    }

    /** The version on the class path, from the jar's Maven properties. */
    String version() {
        String props = "/META-INF/maven/" + group + "/" + name + "/pom.properties";
        try (InputStream in = WebJar.class.getResourceAsStream(props)) {
            if (in == null) {
                throw new IllegalStateException("the web library '" + name + "' is not on the class path");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of the library as text, e.g. {@code dist/cytoscape.min.js}. */
    String read(String path) {
        return resource("/META-INF/resources/webjars/" + name + "/" + version() + "/" + path);
    }

    /** A resource of the class path as UTF-8 text. */
    static String resource(String path) {
        try (InputStream in = WebJar.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("'" + path + "' is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
