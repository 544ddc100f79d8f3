package dev.ariadne.cli;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The JSON quoting the reports are written with, and the parser that reads them back. */
class JsonTest {
    @Test
    void quotedStringsReadBackAsTheSameText() {
        for (String s : List.of("", "plain", "quote \" and backslash \\", "tab\tnew\nline\rret", "\b\f\u0001\u001f",
                "line\u2028para\u2029", "pair \ud83d\ude00 ok", "é ü ß")) {
            assertEquals(s, Json.parse(JsonWriter.quote(s)), s);
        }
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreEscaped() {
        assertEquals("\"\\u0001\\u2028\"", JsonWriter.quote("\u0001\u2028"));
        assertEquals("\"a\\ud83db\"", JsonWriter.quote("a\ud83db"));
        assertEquals("\"\\ude00\"", JsonWriter.quote("\ude00"));
    }

    @Test
    void integersAreLongsAndPathsThatDoNotExistAreNull() {
        Object doc = Json.parse("{\"runs\": [{\"distinct_states\": 16, \"rate\": 2.5}]}");
        assertEquals(16L, Json.at(doc, "runs", 0, "distinct_states"));
        assertEquals(2.5, Json.at(doc, "runs", 0, "rate"));
        assertNull(Json.at(doc, "runs", 3, "depth"));
        assertEquals(Map.of("distinct_states", 16L, "rate", 2.5), Json.at(doc, "runs", 0));
    }

    @Test
    void malformedTextIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": 1,}"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": 1, \"a\": 2}"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("[1, 2"));
    }
}
