package dev.ariadne.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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

    /**
     * The text of a model file; an unreadable one, or one of more than {@code maxBytes}, is a
     * usage error naming the file as the user wrote it. No more than {@code maxBytes + 1} bytes
     * are read, so a huge file or an endless device ({@code /dev/zero}) is refused at once.
     */
    static String read(Path file, String shownAs, int maxBytes) {
        if (Files.isDirectory(file)) {
            throw CliError.usage("cannot read '" + shownAs + "': it is a directory");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw CliError.usage("cannot read '" + shownAs + "': it is larger than " + maxBytes
                        + " bytes, the most a model file may hold");
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
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
