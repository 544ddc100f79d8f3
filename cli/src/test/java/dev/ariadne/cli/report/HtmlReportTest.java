package dev.ariadne.cli.report;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page as text: self-contained, and no data can end its script early. */
class HtmlReportTest {
    private static final String HOSTILE = "{\"status\": \"ok\", \"runs\": [{\"model\": \"</script><script>alert(1)"
            + "</script><!-- /*SCRIPT*/\"}]}";

    @Test
    void thePageCarriesEverythingItNeeds() {
        String page = HtmlReport.page("m.ari", HOSTILE, Arrays.asList((String) null));
        assertEquals(3, count(page, "</script>"), "the library, the data and the script, nothing more");
        assertFalse(page.contains("<script src") || page.contains("<link") || page.contains("@import"),
                "nothing is loaded from elsewhere");
        assertTrue(page.contains("cytoscape"), "the graph library is inlined");
        assertTrue(page.contains("\\u003c/script>\\u003cscript>alert(1)"), "the data's '<' are escaped");
        assertFalse(page.contains("/*DATA*/") || page.contains("/*SCRIPT*/\n"), "every part is filled in");
        assertTrue(page.contains("\"graphs\": [null]"));
    }

    @Test
    void fillReadsNothingItInserted() {
        assertEquals("a[/*B*/]c/*X*/", HtmlReport.fill("a/*A*/c/*X*/", Map.of("A", "[/*B*/]", "B", "no")));
    }

    @Test
    void titlesAreEscaped() {
        String page = HtmlReport.page("<b>&", "{}", Arrays.asList((String) null));
        assertTrue(page.contains("<title>Ariadne: &lt;b&gt;&amp;</title>"), page.substring(0, 300));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
