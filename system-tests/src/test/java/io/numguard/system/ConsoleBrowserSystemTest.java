package io.numguard.system;

import io.numguard.devstack.Service;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console in a real browser (Debian's headless Chromium through chromedriver) against the real stack: people log
 * in on Keycloak's own login page and do the story's steps on the console's pages. Fails, never skips, when the
 * browser is missing ({@code apt-get install -y chromium chromium-driver}; .ci/run does it).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserSystemTest {
    static final Path CHROMIUM = Path.of(System.getProperty("numguard.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("numguard.chromedriver", "/usr/bin/chromedriver"));
    static final Duration WAIT = Duration.ofSeconds(30);
    static final Duration ASYNC = Duration.ofSeconds(90);
    static final Path SHOTS = Path.of("target", "screenshots");

    static String console;
    static String registry;
    static String complaints;
    static String enforcement;
    static String keycloak;
    static String code;
    static String uscc;
    static String caseId;
    static String policeCaseNumber;
    static WebDriver browser;

    @BeforeAll
    static void stackAndBrowser() throws Exception {
        assertThat(CHROMIUM).as("Chromium for the console's browser test: apt-get install -y chromium "
                + "chromium-driver").isExecutable();
        assertThat(CHROMEDRIVER).as("chromedriver for the console's browser test: apt-get install -y "
                + "chromium-driver").isExecutable();
        SuiteStack.get();
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        console = SuiteStack.url(Service.CONSOLE);
        registry = SuiteStack.url(Service.REGISTRY);
        complaints = SuiteStack.url(Service.COMPLAINT);
        enforcement = SuiteStack.url(Service.ENFORCEMENT);
        keycloak = SuiteStack.get().keycloak().url();
        Files.createDirectories(SHOTS);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1360,1000", "--lang=zh-CN", "--no-first-run", "--password-store=basic");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(WAIT);

        // the data the story starts from, through the APIs: an FJ licensee, a segment carried by CT and CM, and
        // complaints on numbers differing in their last digits (carrier CT's marks), so the dashboard has a chart
        code = freeSixDigitCode();
        uscc = Uscc.random("3501");
        policeCaseNumber = "FZ-WEB-" + (System.currentTimeMillis() % 1_000_000);
        LocalDate today = LocalDate.now();
        as("regulator.fj").body(Map.of("uscc", uscc, "name", "Minjiang Web Call Centre " + code, "province", "FJ",
                        "legalRepresentative", Map.of("name", "Lin Web", "idNumber", "350102198001011234"),
                        "licence", Map.of("number", "B2-" + code, "validFrom", today.minusYears(1).toString(),
                                "validUntil", today.plusYears(4).toString()),
                        "controllingShareholders", List.of("Lin Web")))
                .post(registry + "/api/licensees").then().statusCode(201);
        as("regulator.fj").body(Map.of("code", code, "licenseeUscc", uscc, "carriers", List.of("CT", "CM")))
                .post(registry + "/api/segments").then().statusCode(201);
        as("regulator.fj").post(registry + "/api/segments/{code}/expansion", code).then().statusCode(200);
        // a case opened by hand belongs to the ministry until enforcement learns the segment's province: the
        // ministry opens it, and it is Fujian's once the segment's event has arrived
        caseId = as("regulator.cn").body(Map.of("subjectKind", "SEGMENT", "subject", code, "reason", "complaints"))
                .post(enforcement + "/api/cases").then().statusCode(201).extract().path("id");
        await("enforcement learns " + code).atMost(ASYNC).pollInterval(Duration.ofMillis(500)).until(() ->
                as("regulator.fj").get(enforcement + "/api/cases/{id}", caseId).statusCode() == 200);
        await("complaint-service learns " + code).atMost(ASYNC).pollInterval(Duration.ofMillis(500)).until(() ->
                "ALLOCATED".equals(as("carrier.ct").get(complaints + "/api/reputation/{n}", code + "01").then()
                        .extract().path("segmentStatus")));
        List<Map<String, Object>> marks = new ArrayList<>();
        Instant at = Instant.now().minus(Duration.ofMinutes(5));
        for (int i = 0; i < 24; i++) {
            marks.add(Map.of("number", code + String.format("%02d", 50 + i % 3), "category", i % 2 == 0 ? "FRAUD"
                    : "HARASSMENT", "markedAt", at.toString(), "markerPhone", "1390000" + String.format("%04d", i)));
        }
        as("carrier.ct").body(Map.of("marks", marks)).post(complaints + "/api/complaints/batch").then()
                .statusCode(200);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void aPageWithoutASessionGoesToKeycloaksLoginPage() {
        browser.get(console + "/regulator/cases");
        waitFor(By.id("username"));
        assertThat(browser.getCurrentUrl()).startsWith(keycloak + "/realms/numguard/protocol/openid-connect/auth")
                .contains("client_id=numguard-console").contains("code_challenge_method=S256");
    }

    @Test
    @Order(2)
    void policeReferTheCaseInTheConsole() {
        login("police.fz", "/police");
        type(By.id("policeCaseNumber"), policeCaseNumber);
        type(By.id("lossYuan"), "128000");
        type(By.id("suspectNumbers"), code + "50\n" + code + "51");
        type(By.id("summary"), "fake customer service (browser test)");
        browser.findElement(By.id("submit-referral")).click();
        waitFor(By.id("flash-ok"));
        assertThat(text(By.id("referrals"))).contains(policeCaseNumber).contains(code);
        logout();
    }

    @Test
    @Order(3)
    void regulatorFjProposesRevocationAndSeesNoApproveButton() throws Exception {
        login("regulator.fj", "/regulator");
        waitFor(By.id("top-segments"));
        await("the dashboard charts " + code).atMost(ASYNC).pollInterval(Duration.ofSeconds(2)).until(() -> {
            browser.navigate().refresh();
            return text(By.id("top-segments")).contains(code);
        });
        assertThat(browser.findElements(By.cssSelector("#top-segments svg rect.bar"))).isNotEmpty();
        assertThat(text(By.id("cases-by-state"))).isNotBlank();
        screenshot("/regulator", "console-dashboard.png");

        browser.get(console + "/regulator/cases/" + caseId);
        assertThat(browser.findElements(By.cssSelector("#triggers tbody tr"))).isNotEmpty();
        // every action carries its reason (the service refuses one without)
        type(By.id("reason-INVESTIGATE"), "complaints about numbers differing in their last digits");
        click(By.id("action-INVESTIGATE"));
        waitFor(By.id("flash-ok"));
        type(By.id("reason-PROPOSE_REVOCATION"), "fraud calls from numbers differing in their last digits");
        click(By.id("action-PROPOSE_REVOCATION"));
        waitFor(By.id("pending-proposal"));
        assertThat(browser.findElement(By.cssSelector("h1 .badge")).getAttribute("class"))
                .contains("st-REVOCATION_PROPOSED");
        assertThat(browser.findElements(By.id("action-APPROVE"))).as("four eyes: the proposer sees no approve "
                + "button").isEmpty();
        screenshot("/regulator/cases/" + caseId, "console-case.png");
        logout();
    }

    @Test
    @Order(4)
    void regulatorFj2ApprovesFromAwaitingMyApproval() {
        login("regulator.fj2", "/regulator/approvals");
        WebElement link = waitFor(By.cssSelector("a[href='/regulator/cases/" + caseId + "']"));
        link.click();
        type(By.id("reason-APPROVE"), "the police referral confirms the fraud");
        click(By.id("action-APPROVE"));
        waitFor(By.id("flash-ok"));
        assertThat(browser.findElement(By.cssSelector("h1 .badge")).getAttribute("class"))
                .contains("st-REVOCATION_APPROVED");
        assertThat(text(By.id("orders"))).contains(code);
        // the other regulator pages open with what they list
        browser.get(console + "/regulator/cases?state=REVOCATION_APPROVED");
        waitFor(By.cssSelector("#case-list a[href='/regulator/cases/" + caseId + "']"));
        browser.get(console + "/regulator/registry?licensee=" + uscc + "&uscc=" + uscc);
        assertThat(text(By.id("segments"))).contains(code);
        assertThat(text(By.id("licensee-lookup"))).contains(uscc);
        browser.get(console + "/regulator/sanctions");
        waitFor(By.id("sanction-list"));
        // the session lives in the console's encrypted cookie, not in one replica's memory: the other replica
        // serves the same person the same page without a new login
        for (String replica : SuiteStack.urls(Service.CONSOLE)) {
            browser.get(replica + "/regulator/cases?state=REVOCATION_APPROVED");
            waitFor(By.cssSelector("#case-list a[href='/regulator/cases/" + caseId + "']"));
            assertThat(browser.getCurrentUrl()).as("no detour through the login page").startsWith(replica);
            assertThat(text(By.id("user"))).startsWith("regulator.fj2");
        }
        browser.get(console + "/regulator/sanctions");
        logout();
    }

    @Test
    @Order(5)
    void carrierCtSeesTheOrderAndAcknowledgesWithOneClickButMayNotOpenARegulatorPage() throws Exception {
        login("carrier.ct", "/carrier");
        By ack = By.id("ack-" + code);
        await("the revocation order reaches carrier CT's page").atMost(ASYNC).pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    browser.navigate().refresh();
                    return !browser.findElements(ack).isEmpty();
                });
        WebElement row = browser.findElement(ack).findElement(By.xpath("./ancestor::tr"));
        assertThat(row.getText()).contains(code);
        screenshot("/carrier", "console-carrier.png");
        browser.findElement(ack).click();
        // htmx swaps the row in place: the acknowledgement with its time, no button any more
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("tr[id^='order-'] .ack-done")));
        assertThat(browser.findElements(ack)).isEmpty();
        browser.navigate().refresh();
        assertThat(browser.findElements(ack)).as("acknowledged: no longer owed").isEmpty();

        // the screening verdict of a number of the revoked segment, as the carrier looks it up
        await("the verdict follows the revocation").atMost(ASYNC).pollInterval(Duration.ofSeconds(2)).until(() -> {
            browser.get(console + "/carrier?number=" + code + "99");
            return browser.findElements(By.cssSelector("#verdict-value.v-BLOCK")).size() == 1;
        });

        browser.get(console + "/regulator");
        waitFor(By.id("error-403"));
        assertThat(browser.findElements(By.id("top-segments"))).isEmpty();
        logout();
    }

    @Test
    @Order(6)
    void policeFzSeesTheOutcomeOfItsReferral() throws Exception {
        login("police.fz", "/police");
        WebElement row = browser.findElements(By.cssSelector("#referrals tr.referral")).stream()
                .filter(r -> r.getText().contains(policeCaseNumber)).findFirst().orElseThrow();
        assertThat(row.findElement(By.cssSelector(".badge")).getAttribute("class")).contains("st-REVOCATION_APPROVED");
        assertThat(row.getText()).contains(code);
        screenshot("/police", "console-police.png");
        // English on request, the same page
        browser.findElement(By.linkText("English")).click();
        waitFor(By.id("referrals"));
        assertThat(text(By.id("referrals"))).contains("Revoked");
        browser.findElement(By.linkText("中文")).click();
        waitFor(By.id("referrals"));
        logout();
    }

    @Test
    @Order(7)
    void citizenReportsACallAndLicenseeSeesItsSegments() {
        login("citizen.demo", "/citizen?number=" + code + "99");
        assertThat(browser.findElement(By.id("verdict-value")).getAttribute("class")).contains("v-BLOCK");
        type(By.name("number"), code + "98");
        type(By.name("text"), "a robot said my bank card was frozen");
        browser.findElement(By.cssSelector("#report button[type=submit]")).click();
        waitFor(By.id("flash-ok"));
        logout();

        login("licensee.demo", "/licensee");
        waitFor(By.id("my-segments"));
        waitFor(By.id("file-one"));
        logout();
    }

    @Test
    @Order(8)
    @SuppressWarnings("unchecked")
    void regulatorFjReadsTheMonthlyReportAsTheServicesCountItAndDownloadsItsCsv() throws Exception {
        login("regulator.fj", "/regulator/reports");
        String month = waitFor(By.name("month")).getAttribute("value");
        assertThat(month).matches("\\d{4}-\\d{2}");
        assertThat(browser.findElements(By.name("province"))).as("a province's regulator has no province to pick")
                .isEmpty();
        // the registry's row of this test's licensee: what the page shows is what the service reports
        Map<String, Object> row = ((List<Map<String, Object>>) as("regulator.fj")
                .get(registry + "/api/reports/monthly?month={m}", month).then().statusCode(200).extract()
                .path("sections.segments")).stream().filter(r -> uscc.equals(r.get("licenseeUscc"))).findFirst()
                .orElseThrow();
        assertThat(row.get("allocated")).isEqualTo(1);
        assertThat(row.get("revoked")).isEqualTo(1);
        WebElement tr = browser.findElements(By.cssSelector("table[data-section=segments] tbody tr")).stream()
                .filter(r -> r.getText().contains(uscc)).findFirst().orElseThrow();
        assertThat(tr.findElement(By.cssSelector("td[data-column=allocated]")).getText()).isEqualTo("1");
        assertThat(tr.findElement(By.cssSelector("td[data-column=revoked]")).getText()).isEqualTo("1");
        assertThat(browser.findElements(By.cssSelector("#report-registry svg.chart rect.bar"))).isNotEmpty();
        for (String section : List.of("segments", "complaints", "cases", "acknowledgements", "referrals")) {
            assertThat(browser.findElements(By.id("section-" + section))).as(section).hasSize(1);
        }
        // the totals row adds up the rows of the same table
        long allocated = browser.findElements(By.cssSelector(
                "table[data-section=segments] tbody td[data-column=allocated]")).stream()
                .mapToLong(td -> Long.parseLong(td.getText())).sum();
        assertThat(text(By.cssSelector("table[data-section=segments] tfoot td[data-column=allocated]")))
                .isEqualTo(Long.toString(allocated));
        // the CSV, through the console with the regulator's own token: the service's long form, this licensee in it
        String csv = (String) ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[0];"
                + "fetch('/regulator/reports/registry.csv?month=" + month + "').then(r => r.text()).then(done);");
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("month,section,province,subjectKind,subject,"
                + "measure,value");
        assertThat(csv).contains(month + ",segments,FJ,licenseeUscc," + uscc + ",revoked,1");
        screenshot("/regulator/reports", "console-reports.png");
        logout();

        // the ministry sees every province, or picks one
        login("regulator.cn", "/regulator/reports?month=" + month + "&province=FJ");
        assertThat(waitFor(By.name("province")).getAttribute("value")).isEqualTo("FJ");
        assertThat(text(By.cssSelector("table[data-section=segments]"))).contains(uscc);
        logout();
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Opens a console page; Keycloak's real login form comes first (no session), then the page. */
    static void login(String user, String path) {
        // a clean browser: console and Keycloak share the host 127.0.0.1, so this drops both sessions
        browser.get(console + "/q/health/live");
        browser.manage().deleteAllCookies();
        browser.get(console + path);
        waitFor(By.id("username"));
        type(By.id("username"), user);
        type(By.id("password"), user);
        browser.findElement(By.id("kc-login")).click();
        new WebDriverWait(browser, WAIT).until(d -> d.getCurrentUrl().startsWith(console));
        waitFor(By.id("user"));
        assertThat(text(By.id("user"))).startsWith(user);
    }

    /** Logout ends the Keycloak session too: the console's next page asks for a login again. */
    static void logout() {
        browser.findElement(By.id("logout")).click();
        waitFor(By.id("username"));
        assertThat(browser.getCurrentUrl()).startsWith(keycloak);
    }

    static WebElement waitFor(By by) {
        try {
            return new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(by));
        } catch (RuntimeException e) {
            throw new AssertionError("no " + by + " on " + browser.getCurrentUrl() + ":\n"
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    static void click(By by) {
        waitFor(by).click();
    }

    static void type(By by, String text) {
        WebElement e = waitFor(by);
        e.clear();
        e.sendKeys(text);
    }

    static String text(By by) {
        return waitFor(by).getText();
    }

    /** The page in English (the README's language; the test machine may have no CJK font), then back. */
    static void screenshot(String path, String name) throws Exception {
        browser.get(console + path + "?lang=en");
        waitFor(By.tagName("footer"));
        File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        browser.get(console + path);
        waitFor(By.tagName("footer"));
        Files.copy(f.toPath(), SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(SuiteStack.token(user)).contentType(ContentType.JSON);
    }

    /** A 6-digit code in the allowed 957 range, not known to the registry (the story test uses 5-digit codes). */
    static String freeSixDigitCode() {
        while (true) {
            String c = "957" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
            if (as("regulator.cn").get(registry + "/api/segments/{code}", c).statusCode() == 404) {
                return c;
            }
        }
    }
}
