package dev.ariadne.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The HTML report opened in a real browser: headless Chromium, driven through its driver
 * (Debian's chromium and chromium-driver; {@code .ci/run} installs them). The page is checked
 * as rendered (scripts run, graph drawn, keys pressed), and screenshots are kept under
 * {@code target/html-report/} as the run's artifacts.
 */
class HtmlReportBrowserTest {
    static final Path ARTIFACTS = Path.of("target", "html-report").toAbsolutePath();
    private static ChromeDriver browser;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startBrowser() throws IOException {
        String chromium = find("ARIADNE_CHROMIUM", "/usr/bin/chromium", "/usr/bin/chromium-browser",
                "/usr/bin/google-chrome");
        String driver = find("ARIADNE_CHROMEDRIVER", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        assumeTrue(chromium != null && driver != null, "no headless browser here: the HTML report's browser test needs"
                + " Chromium and its driver (Debian: apt-get install chromium chromium-driver; .ci/run installs them)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,1300", "--no-first-run", "--disable-extensions");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        Files.createDirectories(ARTIFACTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static String find(String variable, String... candidates) {
        String told = System.getenv(variable);
        if (told != null && Files.isExecutable(Path.of(told))) {
            return told;
        }
        for (String c : candidates) {
            if (Files.isExecutable(Path.of(c))) {
                return c;
            }
        }
        return null;
    }

    @Test
    void aLivenessCounterexampleShowsItsLassoStepsValuesAndGraph() throws IOException {
        Cli.Result r = Cli.run(tmp, "check", Cli.example("liveness/lock_wf.ari"), "--store", "run",
                "--html", "report.html", "--progress", "0");
        assertEquals(13, r.exit(), r::toString);
        open(tmp.resolve("report.html"));

        assertEquals("liveness", text(By.id("verdict")));
        List<WebElement> steps = browser.findElements(By.cssSelector(".violation .step"));
        // the human report's trace: 5 states, the last leading back to state 2
        assertEquals(5, steps.size());
        assertEquals("Init", steps.get(0).findElement(By.className("name")).getText());
        for (WebElement s : steps.subList(1, 5)) {
            assertTrue(s.findElement(By.className("loc")).getText().matches(".*lock_wf\\.ari:\\d+:\\d+"),
                    "each step says where it is declared: " + s.getText());
        }
        assertTrue(steps.get(1).getText().contains("the cycle starts here"), steps.get(1).getText());
        assertEquals(4, browser.findElements(By.cssSelector(".step.in-cycle")).size());
        assertTrue(text(By.id("cycle-end")).contains("back to state 2"), text(By.id("cycle-end")));
        assertTrue(text(By.id("properties")).contains("Served(0)"), text(By.id("properties")));

        // The whole graph: 8 states, 14 transitions (the check's 15 generated states less the initial one).
        assertEquals(8L, script("return ariadneGraph.nodes().length"));
        assertEquals(14L, script("return ariadneGraph.edges().length"));
        assertEquals(4L, script("return ariadneGraph.nodes('.trace').length"), "the lasso's 4 distinct states");
        assertTrue(browser.findElement(By.cssSelector("#graph canvas")).isDisplayed());

        // Keys: down twice is step 3; its state shows what changed; the graph marks its state.
        assertEquals("1", body("step"));
        new Actions(browser).sendKeys(Keys.ARROW_DOWN).sendKeys(Keys.ARROW_DOWN).perform();
        assertEquals("3", body("step"));
        assertEquals("true", steps.get(2).getAttribute("aria-selected"));
        assertTrue(!browser.findElements(By.cssSelector(".state .changed")).isEmpty(), "changes are highlighted");
        assertEquals(1L, script("return ariadneGraph.nodes('.current').length"));
        new Actions(browser).sendKeys(Keys.END).perform();
        assertEquals("5", body("step"));
        assertEquals(script("return ariadneGraph.nodes('.current').data('fp')"),
                script("var g = JSON.parse(document.getElementById('ariadne-data').textContent).graphs[0];"
                        + " return g.trace[1]"), "the last state is state 2 again");
        new Actions(browser).sendKeys("k").perform();
        assertEquals("4", body("step"));
        screenshot("lock_wf-liveness.png");
    }

    @Test
    void sharedObjectsAreShownAsShared() throws IOException {
        Cli.Result r = Cli.run(tmp, "check", Cli.example("snapshot_alias.ari"), "--const", "COPY=False",
                "--store", "run", "--progress", "0");
        assertEquals(10, r.exit(), r::toString);
        Cli.Result t = Cli.run(tmp, "trace", "run", "--html", "trace.html");
        assertEquals(0, t.exit(), t::toString);
        open(tmp.resolve("trace.html"));
        assertEquals("assertion", text(By.cssSelector(".violation h3")).split(" ")[0]);
        new Actions(browser).sendKeys("j").perform();
        assertEquals("2", body("step"));
        // Reader(0) took an alias of config.values: one object, reached twice
        WebElement shared = browser.findElement(By.cssSelector(".state [data-shared-id]"));
        assertEquals("/config/values", shared.getAttribute("data-path"));
        WebElement ref = browser.findElement(By.cssSelector(".state .ref"));
        assertTrue(ref.getText().contains("the same object as #" + shared.getAttribute("data-shared-id")),
                ref.getText());
        assertTrue(browser.findElement(By.cssSelector(".state [data-path='/processes/Reader(0)/snap']"))
                .getAttribute("class").contains("changed"));
        screenshot("snapshot_alias-assertion.png");
        new Actions(browser).sendKeys(Keys.END).perform();
        assertTrue(text(By.cssSelector(".state")).contains("fails: the snapshot changed after it was taken"));
    }

    /** Loads the page and waits for its script to have rendered it (it marks the body when done). */
    private void open(Path page) {
        browser.get(page.toUri().toString());
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!"true".equals(body("ready"))) {
            assertTrue(System.nanoTime() < end, "the page's script did not finish: " + text(By.tagName("body")));
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String body(String data) {
        return browser.findElement(By.tagName("body")).getAttribute("data-" + data);
    }

    private static String text(By by) {
        return browser.findElement(by).getText();
    }

    private static Object script(String js) {
        return ((JavascriptExecutor) browser).executeScript(js);
    }

    private static void screenshot(String name) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), ARTIFACTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
