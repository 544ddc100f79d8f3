package dev.ariadne.vm;

import dev.ariadne.lang.compile.Code;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.lang.resolve.CodeKind;

import java.util.ArrayList;
import java.util.List;

/** The Python-style traceback of an error: the current instruction of every frame, outermost first. */
final class Traceback {
    private Traceback() {
    }

    /** An error of {@code kind} at the place the frames of {@code calls} are running. */
    static EvalError error(Program program, CallStack calls, EvalError.Kind kind, String message) {
        List<EvalError.Line> tb = new ArrayList<>();
        int offset = 0;
        int depth = calls.size();
        for (int j = 0; j < depth; j++) {
            Frame f = calls.get(j);
            Code c = program.code(f.code);
            // A caller's pc is past its call instruction: the call is the place to show.
            int pc = Math.max(0, j == depth - 1 ? f.pc : f.pc - 1);
            String function = c.kind == CodeKind.PROCESS || c.kind == CodeKind.ACTION ? c.name : c.name + "()";
            for (Code.Inlined call : c.expansionsAt(pc)) {
                tb.add(new EvalError.Line(function, call.callOffset()));
                function = call.function();
            }
            offset = c.offsetAt(pc);
            tb.add(new EvalError.Line(function, offset));
        }
        return new EvalError(kind, message, offset, tb, program.source());
    }
}
