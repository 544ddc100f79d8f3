package dev.ariadne.lang.syntax;

import java.util.List;

/**
 * A parsed model file.
 *
 * @param source the file it was parsed from
 * @param decls  its declarations, in file order
 */
public record ModelFile(SourceFile source, List<Decl> decls) {
    public ModelFile {
        decls = List.copyOf(decls);
    }
}
