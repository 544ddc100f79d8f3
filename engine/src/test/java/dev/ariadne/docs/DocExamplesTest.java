package dev.ariadne.docs;

import dev.ariadne.api.Ariadne;
import dev.ariadne.load.ModelException;
import dev.ariadne.load.ModelLoader;
import dev.ariadne.result.CheckResult;
import dev.ariadne.expand.ExploreOptions;
import dev.ariadne.storage.MemoryStateStore;
import dev.ariadne.result.Status;
import dev.ariadne.explore.TraceBuilder;
import dev.ariadne.result.Violation;
import dev.ariadne.result.ViolationKind;
import dev.ariadne.lang.compile.Program;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Checks every example of the user documentation (docs/reference.md, docs/tla-guide.md).
 *
 * <p>An example is a fenced block whose info string is {@code ari} (a complete model, checked
 * like {@code ariadne check}) or {@code ari snippet} (statements, run once as the body of an
 * {@code init:} block, without the deadlock check). What it must give is written in comments:
 * <ul>
 * <li>{@code # options: --no-deadlock --const N=3 --invariant Inv --property Live} the command-line
 *     options of the check ({@code --invariant} and {@code --property} may be repeated);</li>
 * <li>{@code # expect: PART, PART, ...} with the parts {@code no violation}, {@code N distinct
 *     states}, {@code depth N}, {@code trace of N states}, {@code invariant 'X' violated},
 *     {@code property 'X' violated}, {@code deadlock}, and, as the last part (the rest of the
 *     line is a piece of the message), {@code runtime error: MSG}, {@code assertion failed: MSG},
 *     {@code static error: MSG}. Written at the end of a line of code, an error must be reported
 *     on that line;</li>
 * <li>{@code # prints: TEXT} the next line the model prints (when a block has any, the printed
 *     lines must be exactly these);</li>
 * <li>{@code EXPR  # ==> VALUE} (snippets) the expression's {@code repr} is {@code VALUE}.</li>
 * </ul>
 * A block without any expectation, or a document without blocks, fails the test.
 */
class DocExamplesTest {
    private static final List<String> DOCUMENTS = List.of("reference.md", "tla-guide.md");
    private static final Pattern FENCE = Pattern.compile("^```ari( snippet)?\\s*$");
    private static final Pattern COUNT = Pattern.compile("([\\d,]+) distinct states?");
    private static final Pattern DEPTH = Pattern.compile("depth (\\d+)");
    private static final Pattern TRACE = Pattern.compile("trace of (\\d+) states?");
    private static final Pattern NAMED = Pattern.compile("(invariant|property) '([^']+)' violated");
    private static final Pattern ERROR = Pattern.compile("(runtime error|assertion failed|static error): (.*)$");
    private static final Pattern LOCATION = Pattern.compile("^[^:\\n]+:(\\d+):(\\d+): ([^\\n]*)");

    /** A block of a document: its first line in the document, the model text, and what it expects. */
    record Example(String doc, int line, boolean snippet, String text, int offset, Map<String, String> consts,
                   boolean noDeadlock, List<String> invariants, List<String> properties, List<String> prints,
                   List<String> expects, List<Integer> expectLines) {
        String name() {
            return doc + ":" + line;
        }

        /** The name the model is loaded under: no ':' in it, so that error locations parse. */
        String fileName() {
            return doc.replace(".md", "") + "-line" + line + ".ari";
        }
    }

    @TestFactory
    List<DynamicNode> documentation() throws IOException {
        List<DynamicNode> docs = new ArrayList<>();
        for (String doc : DOCUMENTS) {
            List<Example> examples = read(doc);
            assertFalse(examples.isEmpty(), "no ```ari block in docs/" + doc);
            docs.add(DynamicContainer.dynamicContainer(doc,
                    examples.stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> {
                        try {
                            check(e);
                        } catch (AssertionError x) {
                            throw new AssertionError("docs/" + e.name() + ": " + x.getMessage(), x);
                        }
                    }))));
        }
        return docs;
    }

    static List<Example> read(String doc) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "docs", doc), StandardCharsets.UTF_8);
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher fence = FENCE.matcher(lines.get(i));
            if (!fence.matches()) {
                continue;
            }
            int start = i + 1;
            int end = start;
            while (end < lines.size() && !lines.get(end).startsWith("```")) {
                end++;
            }
            assertTrue(end < lines.size(), doc + ":" + (i + 1) + ": the block is not closed");
            out.add(example(doc, i + 1, fence.group(1) != null, lines.subList(start, end)));
            i = end;
        }
        return out;
    }

    private static Example example(String doc, int fenceLine, boolean snippet, List<String> block) {
        StringBuilder text = new StringBuilder(snippet ? "init:\n" : "");
        int offset = snippet ? 1 : 0;
        Map<String, String> consts = new LinkedHashMap<>();
        boolean noDeadlock = snippet;
        List<String> invariants = new ArrayList<>();
        List<String> properties = new ArrayList<>();
        List<String> prints = new ArrayList<>();
        List<String> expects = new ArrayList<>();
        List<Integer> expectLines = new ArrayList<>();
        for (int k = 0; k < block.size(); k++) {
            String line = block.get(k);
            int modelLine = k + 1 + offset;
            String indent = snippet ? "    " : "";
            int arrow = line.lastIndexOf("# ==>");
            if (arrow >= 0) {
                assertTrue(snippet, doc + ":" + (fenceLine + k + 1) + ": '# ==>' is for ```ari snippet blocks");
                String expr = line.substring(0, arrow).strip();
                String lead = line.substring(0, line.length() - line.stripLeading().length());
                text.append(indent).append(lead).append("print(repr((").append(expr).append(")))\n");
                prints.add(line.substring(arrow + 5).strip());
                continue;
            }
            text.append(indent).append(line).append('\n');
            String code = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            String comment = line.contains("#") ? line.substring(line.indexOf('#')).strip() : "";
            if (comment.startsWith("# options:")) {
                String[] args = comment.substring("# options:".length()).trim().split("\\s+");
                for (int a = 0; a < args.length; a++) {
                    if (args[a].equals("--no-deadlock")) {
                        noDeadlock = true;
                    } else if (args[a].equals("--const")) {
                        String kv = args[++a];
                        consts.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
                    } else if (args[a].equals("--invariant")) {
                        invariants.add(args[++a]);
                    } else if (args[a].equals("--property")) {
                        properties.add(args[++a]);
                    } else {
                        fail(doc + ":" + (fenceLine + k + 1) + ": unknown option " + args[a]);
                    }
                }
            } else if (comment.startsWith("# prints:")) {
                prints.add(comment.substring("# prints:".length()).replaceFirst("^ ", ""));
            } else if (comment.startsWith("# expect:")) {
                expects.add(comment.substring("# expect:".length()).trim());
                expectLines.add(code.isBlank() ? -1 : modelLine);
            }
        }
        assertFalse(prints.isEmpty() && expects.isEmpty(),
                doc + ":" + fenceLine + ": the block states no expectation (# expect:, # prints: or # ==>)");
        return new Example(doc, fenceLine, snippet, text.toString(), offset, consts, noDeadlock, invariants,
                properties, prints, expects, expectLines);
    }

    private static void check(Example e) {
        String staticError = null;
        int staticLine = -1;
        for (int i = 0; i < e.expects().size(); i++) {
            Matcher m = ERROR.matcher(e.expects().get(i));
            if (m.find() && m.group(1).equals("static error")) {
                staticError = m.group(2).trim();
                staticLine = e.expectLines().get(i);
            }
        }
        Program program;
        try {
            program = ModelLoader.load(e.fileName(), e.text(), e.consts());
        } catch (ModelException x) {
            if (staticError == null) {
                fail("unexpected static errors:\n" + x.getMessage() + "\nin the model:\n" + e.text());
            }
            String want = staticError;
            int wantLine = staticLine;
            boolean found = x.errors().stream().anyMatch(err -> {
                Matcher m = LOCATION.matcher(err);
                boolean located = m.find();
                String msg = located ? m.group(3) : err;
                return msg.contains(want) && (wantLine < 0 || located && Integer.parseInt(m.group(1)) == wantLine);
            });
            assertTrue(found, "expected a static error '" + want + "'" + (wantLine < 0 ? "" : " on line " + wantLine)
                    + ", got:\n" + x.getMessage());
            return;
        }
        if (staticError != null) {
            fail("expected the static error '" + staticError + "', the model loaded");
        }
        List<String> printed = new ArrayList<>();
        MemoryStateStore store = new MemoryStateStore();
        ExploreOptions options = ExploreOptions.defaults().withDeadlock(!e.noDeadlock())
                .withInvariants(e.invariants().isEmpty() ? null : e.invariants())
                .withProperties(e.properties().isEmpty() ? null : e.properties());
        CheckResult r = Ariadne.check(program).workers(1).options(options).store(store)
                .onPrint(line -> printed.addAll(List.of(line.split("\n", -1)))).run().result();
        if (r.status() == Status.FAILED) {
            throw new AssertionError("the checker failed", r.failure());
        }
        Violation v = r.violations().isEmpty() ? null : r.violations().get(0);
        String got = v == null ? r.status().label
                : v.kind().label + (v.name() == null ? "" : " '" + v.name() + "'") + " at line "
                + (v.offset() >= 0 ? program.source().line(v.offset()) : -1) + ": " + v.message();
        if (!e.prints().isEmpty()) {
            assertEquals(e.prints(), printed, "printed lines (the check gave: " + got + ")");
        }
        boolean verdict = false;
        for (int i = 0; i < e.expects().size(); i++) {
            int line = e.expectLines().get(i);
            for (String part : parts(e.expects().get(i))) {
                Matcher m;
                if (part.equals("no violation")) {
                    verdict = true;
                    assertEquals(Status.OK, r.status(), "expected no violation, got " + got);
                } else if (part.equals("deadlock")) {
                    verdict = true;
                    assertTrue(v != null && v.kind() == ViolationKind.DEADLOCK, "expected a deadlock, got " + got);
                } else if ((m = NAMED.matcher(part)).matches()) {
                    verdict = true;
                    ViolationKind kind = m.group(1).equals("invariant") ? ViolationKind.INVARIANT : ViolationKind.LIVENESS;
                    assertTrue(v != null && v.kind() == kind && m.group(2).equals(v.name()),
                            "expected " + part + ", got " + got);
                } else if ((m = ERROR.matcher(part)).matches()) {
                    verdict = true;
                    ViolationKind kind = m.group(1).equals("runtime error") ? ViolationKind.EVAL_ERROR : ViolationKind.ASSERTION;
                    assertTrue(v != null && v.kind() == kind, "expected " + part + ", got " + got);
                    assertTrue(v.message().contains(m.group(2).trim()),
                            "message '" + v.message() + "' does not contain '" + m.group(2).trim() + "'");
                    if (line >= 0) {
                        assertEquals(line, program.source().line(v.offset()), "line of the error: " + got);
                    }
                } else if ((m = COUNT.matcher(part)).matches()) {
                    assertEquals(Long.parseLong(m.group(1).replace(",", "")), r.distinct(), "distinct states (" + got + ")");
                } else if ((m = DEPTH.matcher(part)).matches()) {
                    assertEquals(Integer.parseInt(m.group(1)), r.depth(), "depth (" + got + ")");
                } else if ((m = TRACE.matcher(part)).matches()) {
                    assertTrue(v != null, "expected a trace, got " + got);
                    long states = new TraceBuilder(program, store).trace(v).stream()
                            .filter(s -> s.state() != null).count();
                    assertEquals(Long.parseLong(m.group(1)), states, "states in the trace");
                } else {
                    fail("unknown expectation '" + part + "'");
                }
            }
        }
        if (!verdict) {
            assertEquals(Status.OK, r.status(), "the block states no violation, got " + got);
        }
    }

    /** The comma-separated parts of an expectation; an error's message runs to the end of the line. */
    private static List<String> parts(String expect) {
        List<String> out = new ArrayList<>();
        String rest = expect;
        while (!rest.isEmpty()) {
            if (ERROR.matcher(rest).lookingAt()) {
                out.add(rest);
                break;
            }
            int comma = rest.indexOf(", ");
            String part = comma < 0 ? rest : rest.substring(0, comma);
            out.add(part.trim());
            rest = comma < 0 ? "" : rest.substring(comma + 2).trim();
        }
        return out;
    }
}
