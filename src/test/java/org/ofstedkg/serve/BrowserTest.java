package org.ofstedkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.ofstedkg.Samples;
import org.ofstedkg.TestStores;
import org.ofstedkg.store.KnowledgeStore;

/**
 * The pages in a real browser: Debian's Chromium, headless, driven through its chromedriver (.ci/run
 * installs both where absent). A screenshot of each page is kept in target/screenshots/.
 */
class BrowserTest {

    private static final Path SCREENSHOTS = Samples.home().resolve("target/screenshots");
    private static TestStores.Served served;
    private static KnowledgeStore store;
    private static SparqlServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assertTrue(Files.isExecutable(Path.of("/usr/bin/chromium")) && Files.isExecutable(Path.of("/usr/bin/chromedriver")),
                "these tests need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver");
        served = TestStores.served();
        store = served.store();
        server = served.server();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // Headless, no sandbox (CI runs as root), and nothing that reaches outside this machine.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1400",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (served != null) {
            served.close();
        }
    }

    private static void open(String path) {
        browser.get("http://localhost:" + server.port() + path);
    }

    private static void screenshot(String name) throws Exception {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void fromTheHomePageToAJudgementThroughTheEvidence() throws Exception {
        open("/");
        List<String> authorities = browser.findElements(By.cssSelector("#authorities td:first-child a")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Blackpool", "Redcar and Cleveland", "Sefton", "Southend-on-Sea"), authorities);
        screenshot("home");

        browser.findElement(By.linkText("Southend-on-Sea")).click();
        assertEquals("Southend-on-Sea", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.id("latest-rating")).getText().contains("Performs well (grade 3 of 4)"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#judgements tr"));
        assertTrue(rows.size() > 20, "a row per area: " + rows.size());
        screenshot("authority");

        browser.findElement(By.partialLinkText("Joint area review")).click();
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("Joint area review: Southend-on-Sea"));
        WebElement evidence = browser.findElement(By.cssSelector(
                "#source a.evidence[href='#fact-judgement-joint-area-review-safeguarding']"));
        assertEquals("Safeguarding", evidence.getText());
        screenshot("report");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'})", evidence);
        screenshot("report-evidence");

        // The evidence leads to its judgement at the head of the page, and the judgement back to the evidence.
        evidence.click();
        assertTrue(browser.getCurrentUrl().endsWith("#fact-judgement-joint-area-review-safeguarding"), browser.getCurrentUrl());
        WebElement judgement = browser.findElement(By.id("fact-judgement-joint-area-review-safeguarding"));
        assertEquals(Boolean.TRUE, ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight;", judgement),
                "the judgement is in view");
        judgement.findElement(By.linkText("in the text")).click();
        assertTrue(browser.getCurrentUrl().endsWith("#ev-7400-7414"), browser.getCurrentUrl());
        judgement = browser.findElement(By.id("fact-judgement-joint-area-review-safeguarding"));
        judgement.findElement(By.linkText("adequate (grade 2 of 4)")).click();
        assertEquals("Safeguarding: adequate (grade 2 of 4), joint area review", browser.findElement(By.tagName("h1")).getText());
        String page = browser.findElement(By.tagName("body")).getText();
        assertTrue(page.contains("adequate") && page.contains("Safeguarding 2"), page);
        screenshot("judgement");
    }

    @Test
    void aPageOfAnotherOriginReadsTheDataItsValidatorsAndQueryResults() throws Exception {
        open("/"); // http://localhost:PORT; the data is asked of http://127.0.0.1:PORT, another origin
        String other = "http://127.0.0.1:" + server.port();
        Object answer = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                (async () => {
                  const doc = await fetch(arguments[0] + '/doc/authority/southend-on-sea', {headers: {Accept: 'text/turtle'}});
                  const text = await doc.text();
                  // A preflighted request: a query as the body, of a type a form cannot send.
                  const query = await fetch(arguments[0] + '/sparql', {method: 'POST',
                      headers: {'Content-Type': 'application/sparql-query', Accept: 'text/csv'}, body: 'ASK {}'});
                  return [doc.status, String(doc.headers.get('ETag')), String(doc.headers.get('Last-Modified')),
                      String(text.includes('Southend')), query.status, (await query.text()).trim()].join('|');
                })().then(done, e => done('failed: ' + e));
                """, other);
        String[] parts = String.valueOf(answer).split("\\|");
        assertEquals(6, parts.length, String.valueOf(answer));
        assertEquals("200", parts[0], String.valueOf(answer));
        assertTrue(parts[1].startsWith("\""), "the ETag is exposed to the script: " + answer);
        assertTrue(parts[2].endsWith(" GMT"), "and Last-Modified: " + answer);
        assertEquals("true", parts[3], String.valueOf(answer));
        assertEquals("200", parts[4], "the preflight allowed the POST: " + answer);
        assertEquals("_askResult\ntrue", parts[5].replace("\r", ""), String.valueOf(answer));
    }

    @Test
    void theQueryPageRunsRatingsAndShowsFourRows() throws Exception {
        open("/query");
        browser.findElement(By.linkText("ratings")).click();
        List<WebElement> rows = browser.findElements(By.cssSelector("#results tr"));
        assertEquals(1 + 4, rows.size(), "a header and four ratings");
        assertTrue(rows.get(4).getText().contains("Southend-on-Sea"));
        screenshot("query");
    }

    @Test
    void theChartsAreDrawnAndFitTheirColumn() throws Exception {
        open("/");
        WebElement map = browser.findElement(By.cssSelector("#england-map svg"));
        assertTrue(map.getSize().getWidth() > 300 && map.getSize().getHeight() > 300, "the map is drawn: " + map.getSize());
        assertEquals(153 + 33, browser.findElements(By.cssSelector("#england-map g > path")).size(),
                "every authority of today, and London's boroughs again in the box");
        chart(map, "chart-map");
        chart(browser.findElement(By.cssSelector("#grade-distribution svg")), "chart-distribution");
        open("/doc/authority/southend-on-sea");
        WebElement timeline = browser.findElement(By.cssSelector("#grades-over-time svg"));
        assertEquals(8, browser.findElements(By.cssSelector("#grades-over-time svg > g[class^='grade-']")).size(),
                "a marker per headline judgement");
        chart(timeline, "chart-timeline");
        chart(browser.findElement(By.cssSelector("#neighbours svg")), "chart-neighbours");
    }

    /** A chart's picture alone, checked to fit the page's width. */
    private static void chart(WebElement svg, String name) throws Exception {
        Number page = (Number) browser.executeScript("return document.documentElement.clientWidth");
        assertTrue(svg.getRect().getX() + svg.getSize().getWidth() <= page.intValue(), name + " fits the page");
        Files.copy(svg.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
