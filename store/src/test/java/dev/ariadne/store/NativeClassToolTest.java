package dev.ariadne.store;

import net.openhft.chronicle.hash.VanillaGlobalMutableState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The launcher's build step that compiles Chronicle's generated class ahead of time. */
class NativeClassToolTest {
    @TempDir
    Path dir;

    @Test
    void theNativeClassIsCompiledIntoAJarAsTheClassChronicleLooksFor() throws Exception {
        Path jar = NativeClassTool.compileToJar(VanillaGlobalMutableState.class, dir.resolve("native.jar"));
        String name = VanillaGlobalMutableState.class.getName() + "$$Native";
        byte[] bytes;
        try (JarFile file = new JarFile(jar.toFile())) {
            JarEntry entry = file.getJarEntry(name.replace('.', '/') + ".class");
            assertNotNull(entry, "the jar holds " + name);
            bytes = file.getInputStream(entry).readAllBytes();
        }
        // Defined by a loader of its own: other tests of this JVM may have had Chronicle generate it already.
        Class<?> c = new ClassLoader(VanillaGlobalMutableState.class.getClassLoader()) {
            Class<?> define() {
                return defineClass(name, bytes, 0, bytes.length);
            }
        }.define();
        assertTrue(VanillaGlobalMutableState.class.isAssignableFrom(c), c + " implements the header's interface");
    }
}
