package dev.ariadne.pool;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A worker JVM's logging flags, rewritten so that nothing but frames reaches its standard output. */
class VmOutputTest {
    @Test
    void loggingToStandardOutputIsSentToStandardError() {
        assertEquals(List.of("-Xlog:gc:stderr", "-Xlog:gc*=debug:stderr", "-Xlog:gc:stderr:uptime",
                        "-Xlog:all=info:stderr", "-Xlog:class+load=info,class+unload=info:stderr"),
                VmOutput.toStderr(List.of("-verbose:gc", "-Xlog:gc*=debug", "-Xlog:gc::uptime", "-Xlog",
                        "-verbose:class")));
        assertEquals("-Xlog:safepoint:stderr:level", VmOutput.toStderr("-Xlog:safepoint:stdout:level"));
    }

    @Test
    void loggingToAFileAndOtherFlagsAreKept() {
        List<String> kept = List.of("-Xlog:gc:file=/tmp/gc-%p.log", "-Xlog:gc:stderr", "-Xlog:disable", "-Xmx1g",
                "-XX:+UseSerialGC", "-Dx=-Xlog:gc");
        assertEquals(kept, VmOutput.toStderr(kept));
    }

    @Test
    void optionVariablesAreNotAppliedTwice() {
        Map<String, String> env = new HashMap<>(Map.of("JAVA_TOOL_OPTIONS", "-verbose:gc", "_JAVA_OPTIONS", "-Xmx1g",
                "PATH", "/usr/bin"));
        VmOutput.clearOptionVariables(env);
        assertEquals(Map.of("PATH", "/usr/bin"), env);
    }
}
