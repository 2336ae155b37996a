package org.ofstedkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
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
 * installs both where absent). A screenshot of each page is kept in target/screenshots/. Every kind of
 * page is checked at a phone's and a laptop's width (and the narrowest, 320 px) by axe-core for WCAG 2.2
 * A and AA, and for a page that scrolls sideways.
 */
class BrowserTest {

    private static final Path SCREENSHOTS = Samples.home().resolve("target/screenshots");
    /** axe-core's rules of WCAG 2.2 A and AA: each rule is tagged with the WCAG version that added it. */
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    /** axe-core's engine, as the axe-core Selenium artifact bundles it. */
    private static String axeScript;
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
        try (var in = BrowserTest.class.getResourceAsStream("/axe.min.js")) {
            assertTrue(in != null, "axe.min.js is on the test class path (com.deque.html.axe-core:selenium)");
            axeScript = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
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

    /** Each kind of page the server renders as HTML, by a name for its screenshots, at each width tested. */
    static Stream<Arguments> everyKindOfPageAtEachWidth() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("authority", "/doc/authority/southend-on-sea");
        pages.put("report", "/doc/report/joint-area-review/southend-on-sea/2008-05-06");
        pages.put("letter", "/doc/report/annual-rating-letter/sefton/2009-12-09");
        pages.put("judgement", "/doc/report/joint-area-review/southend-on-sea/2008-05-06/judgement/joint-area-review/safeguarding");
        pages.put("query", "/query?name=ratings");
        pages.put("query-error", "/query?query=SELEC");
        pages.put("ontology", "/def/");
        pages.put("dumps", "/dumps/");
        pages.put("accessibility", "/accessibility");
        pages.put("not-found", "/doc/authority/atlantis");
        pages.put("no-such-page", "/nothing-here");
        List<Arguments> all = new ArrayList<>();
        for (int width : new int[] {320, 390, 1280}) {
            pages.forEach((name, path) -> all.add(Arguments.of(width, name, path)));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{1} at {0} px")
    @MethodSource("everyKindOfPageAtEachWidth")
    void everyKindOfPageFitsTheWindowAndHasNoWcag22Violation(int width, String name, String path) throws Exception {
        browser.manage().window().setSize(new Dimension(width, width < 1000 ? 844 : 1000));
        try {
            open(path);
            JavascriptExecutor js = browser;
            long inner = ((Number) js.executeScript("return window.innerWidth")).longValue();
            assertEquals(width, inner, "the window is as wide as asked");
            long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
            List<String> violations = axe(js);
            if (width != 320) {
                screenshot(name + "-" + width);
            }
            System.out.printf("axe-core: %s at %d px: %d violations, page %d px wide%n", name, width,
                    violations.size(), scrollWidth);
            assertTrue(scrollWidth <= inner, name + " (" + path + ") at " + width + " px scrolls sideways: the page is "
                    + scrollWidth + " px wide: " + pastTheRightEdge(js));
            assertTrue(violations.isEmpty(), name + " (" + path + ") at " + width + " px, WCAG 2.2 A/AA:\n"
                    + String.join("\n", violations));
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1400));
        }
    }

    /** axe-core run in the page: each violation as its rule, impact, help and the elements it names. */
    @SuppressWarnings("unchecked")
    private static List<String> axe(JavascriptExecutor js) {
        js.executeScript(axeScript);
        Object answer = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(r => done(r.passes.length === 0 ? ['axe-core ran no rule'] : r.violations.map(v => v.id
                      + ' (' + v.impact + '): ' + v.help + ': ' + v.nodes.map(n => JSON.stringify(n.target) + ' '
                          + n.failureSummary.replace(/\\s+/g, ' ')).join(' | '))),
                        e => done(['axe-core failed: ' + e]));
                """, WCAG_22_AA);
        return (List<String>) answer;
    }

    /** The elements reaching past the window's right edge: what makes a page scroll sideways. */
    private static Object pastTheRightEdge(JavascriptExecutor js) {
        return js.executeScript("""
                return [...document.querySelectorAll('body *')]
                  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                  .slice(0, 8).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                      + ' to ' + Math.round(e.getBoundingClientRect().right) + ' px').join(', ');
                """);
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
