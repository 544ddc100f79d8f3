package dev.ariadne.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a JSON report to standard output ({@code -}) or to a file, replacing the file whole. */
final class JsonOutput {
    private JsonOutput() {
    }

    static void write(CliContext ctx, String target, String json) {
        if (target.equals("-")) {
            ctx.out().print(json);
            ctx.out().flush();
            return;
        }
        Path file = ctx.resolve(target);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            // A reader of the file never sees half a report.
            Files.writeString(tmp, json, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing more to do: the write already failed
            }
            throw CliError.usage("cannot write the JSON report to '" + target + "': " + e.getMessage());
        }
    }
}
