package dev.ariadne.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Reads model files (the CLI keeps their exact text in the run's metadata) and hashes texts. */
final class ModelFiles {
    private ModelFiles() {
    }

    /** The text of a model file; an unreadable one is a usage error naming the file as the user wrote it. */
    static String read(Path file, String shownAs) {
        if (Files.isDirectory(file)) {
            throw CliError.usage("cannot read '" + shownAs + "': it is a directory");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw CliError.usage("cannot read '" + shownAs + "': no such file");
        } catch (AccessDeniedException e) {
            throw CliError.usage("cannot read '" + shownAs + "': permission denied");
        } catch (CharacterCodingException | UncheckedIOException e) {
            throw CliError.usage("cannot read '" + shownAs + "': it is not UTF-8 text");
        } catch (IOException e) {
            throw CliError.usage("cannot read '" + shownAs + "': " + e.getMessage());
        }
    }

    /** The SHA-256 of a text's UTF-8 bytes, in hex. */
    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
