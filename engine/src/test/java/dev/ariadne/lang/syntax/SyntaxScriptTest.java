package dev.ariadne.lang.syntax;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every chunk of the {@code lang/lexer} and {@code lang/syntax} script files through the
 * lexer and the parser: each {@code ###} expectation must be met by an error on its line, and
 * every error must be expected.
 */
class SyntaxScriptTest {

    @TestFactory
    Stream<DynamicNode> lexer() throws IOException {
        return scripts("lang/lexer");
    }

    @TestFactory
    Stream<DynamicNode> syntax() throws IOException {
        return scripts("lang/syntax");
    }

    private Stream<DynamicNode> scripts(String directory) throws IOException {
        Path dir = resource(directory);
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.toString().endsWith(".ari")).sorted().toList();
        }
        assertTrue(!files.isEmpty(), "no script in " + directory);
        return files.stream().map(file -> DynamicContainer.dynamicContainer(file.getFileName().toString(),
                file.toUri(), chunks(file).stream().map(chunk -> DynamicTest.dynamicTest(chunk.name(),
                        file.toUri(), () -> check(chunk)))));
    }

    private static List<ScriptChunk> chunks(Path file) {
        try {
            return ScriptChunk.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(ScriptChunk chunk) {
        assertTrue(chunk.hasCode(), chunk.name() + " is empty");
        SourceFile source = chunk.source();
        List<Diagnostic> errors = Parser.parseFile(source).errors();
        List<String> problems = new ArrayList<>();
        for (Diagnostic error : errors) {
            Pattern expected = chunk.expectations().get(source.line(error.offset()));
            if (expected == null || !expected.matcher(error.message()).find()) {
                problems.add("unexpected error:\n" + error.format(source));
            }
        }
        for (Map.Entry<Integer, Pattern> expectation : chunk.expectations().entrySet()) {
            int line = expectation.getKey();
            boolean met = errors.stream().anyMatch(e -> source.line(e.offset()) == line
                    && expectation.getValue().matcher(e.message()).find());
            if (!met) {
                problems.add("line " + line + ": no error matching /" + expectation.getValue() + "/\n    "
                        + source.lineText(line));
            }
        }
        if (!problems.isEmpty()) {
            fail(chunk.name() + ":\n" + String.join("\n", problems));
        }
    }

    private static Path resource(String name) {
        URL url = SyntaxScriptTest.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing test resource directory " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
