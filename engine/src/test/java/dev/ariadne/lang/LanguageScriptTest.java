package dev.ariadne.lang;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The language's script tests: one factory per directory of {@code lang/}, one dynamic test
 * per chunk, each run through the whole pipeline (see docs/testing.md).
 */
class LanguageScriptTest {
    private static final Set<String> DIRECTORIES = Set.of("actions", "aliasing", "arith", "assign", "await", "boolean", "budget", "builtins", "compare", "comprehensions", "constants", "constraints", "control", "deadlock", "dicts", "either", "enabled", "functions", "init", "invariants", "labels", "lexer", "lists", "oneof", "printing", "procedures", "processes", "records", "resolve", "sets", "state", "strings", "symmetric", "syntax", "tuples");

    @TestFactory
    Stream<DynamicNode> actionsScripts() throws IOException {
        return directory("actions");
    }

    @TestFactory
    Stream<DynamicNode> aliasingScripts() throws IOException {
        return directory("aliasing");
    }

    @TestFactory
    Stream<DynamicNode> arithScripts() throws IOException {
        return directory("arith");
    }

    @TestFactory
    Stream<DynamicNode> assignScripts() throws IOException {
        return directory("assign");
    }

    @TestFactory
    Stream<DynamicNode> awaitScripts() throws IOException {
        return directory("await");
    }

    @TestFactory
    Stream<DynamicNode> booleanScripts() throws IOException {
        return directory("boolean");
    }

    @TestFactory
    Stream<DynamicNode> enabledScripts() throws IOException {
        return directory("enabled");
    }

    @TestFactory
    Stream<DynamicNode> proceduresScripts() throws IOException {
        return directory("procedures");
    }

    @TestFactory
    Stream<DynamicNode> budgetScripts() throws IOException {
        return directory("budget");
    }

    @TestFactory
    Stream<DynamicNode> builtinsScripts() throws IOException {
        return directory("builtins");
    }

    @TestFactory
    Stream<DynamicNode> compareScripts() throws IOException {
        return directory("compare");
    }

    @TestFactory
    Stream<DynamicNode> comprehensionsScripts() throws IOException {
        return directory("comprehensions");
    }

    @TestFactory
    Stream<DynamicNode> symmetricScripts() throws IOException {
        return directory("symmetric");
    }

    @TestFactory
    Stream<DynamicNode> constantsScripts() throws IOException {
        return directory("constants");
    }

    @TestFactory
    Stream<DynamicNode> constraintsScripts() throws IOException {
        return directory("constraints");
    }

    @TestFactory
    Stream<DynamicNode> controlScripts() throws IOException {
        return directory("control");
    }

    @TestFactory
    Stream<DynamicNode> deadlockScripts() throws IOException {
        return directory("deadlock");
    }

    @TestFactory
    Stream<DynamicNode> dictsScripts() throws IOException {
        return directory("dicts");
    }

    @TestFactory
    Stream<DynamicNode> eitherScripts() throws IOException {
        return directory("either");
    }

    @TestFactory
    Stream<DynamicNode> functionsScripts() throws IOException {
        return directory("functions");
    }

    @TestFactory
    Stream<DynamicNode> initScripts() throws IOException {
        return directory("init");
    }

    @TestFactory
    Stream<DynamicNode> invariantsScripts() throws IOException {
        return directory("invariants");
    }

    @TestFactory
    Stream<DynamicNode> labelsScripts() throws IOException {
        return directory("labels");
    }

    @TestFactory
    Stream<DynamicNode> lexerScripts() throws IOException {
        return directory("lexer");
    }

    @TestFactory
    Stream<DynamicNode> listsScripts() throws IOException {
        return directory("lists");
    }

    @TestFactory
    Stream<DynamicNode> oneofScripts() throws IOException {
        return directory("oneof");
    }

    @TestFactory
    Stream<DynamicNode> printingScripts() throws IOException {
        return directory("printing");
    }

    @TestFactory
    Stream<DynamicNode> processesScripts() throws IOException {
        return directory("processes");
    }

    @TestFactory
    Stream<DynamicNode> recordsScripts() throws IOException {
        return directory("records");
    }

    @TestFactory
    Stream<DynamicNode> resolveScripts() throws IOException {
        return directory("resolve");
    }

    @TestFactory
    Stream<DynamicNode> setsScripts() throws IOException {
        return directory("sets");
    }

    @TestFactory
    Stream<DynamicNode> stateScripts() throws IOException {
        return directory("state");
    }

    @TestFactory
    Stream<DynamicNode> stringsScripts() throws IOException {
        return directory("strings");
    }

    @TestFactory
    Stream<DynamicNode> syntaxScripts() throws IOException {
        return directory("syntax");
    }

    @TestFactory
    Stream<DynamicNode> tuplesScripts() throws IOException {
        return directory("tuples");
    }

    @Test
    void everyDirectoryHasAFactory() throws Exception {
        try (Stream<Path> s = Files.list(root())) {
            Set<String> found = s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .collect(Collectors.toSet());
            assertEquals(DIRECTORIES, found);
        }
    }

    private static Path root() throws URISyntaxException {
        return Path.of(LanguageScriptTest.class.getResource("/lang").toURI());
    }

    private static Stream<DynamicNode> directory(String name) throws IOException {
        Path dir;
        try {
            dir = root().resolve(name);
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".ari")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no script in " + name);
        return files.stream().map(f -> {
            try {
                return DynamicContainer.dynamicContainer(f.getFileName().toString(),
                        Chunk.read(f).stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> ChunkRunner.run(c))));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
