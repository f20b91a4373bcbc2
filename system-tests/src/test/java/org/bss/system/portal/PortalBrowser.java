package org.bss.system.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Debian's chromedriver, one fresh profile per browser,
 * with a fixed Accept-Language. Small helpers for the portal's JSF/PrimeFaces pages.
 */
final class PortalBrowser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("bss.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("bss.portal.timeoutSeconds", 30));

    final ChromeDriver driver;
    private final Path profile;
    private final String portalUrl;

    PortalBrowser(String language) {
        try {
            profile = Files.createTempDirectory("bss-portal-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1400,1000",
                "--lang=" + language,
                "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        String base = System.getProperty("bss.http.url", "http://localhost:8080");
        portalUrl = base.replaceAll("/+$", "") + "/bss-portal";
    }

    void open(String path) {
        driver.get(portalUrl + path);
    }

    /** Waits (up to 5 minutes) until the login page answers, e.g. while someone redeploys. */
    void waitForPortal() {
        long end = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            open("/login.xhtml");
            if (!driver.findElements(By.id("loginForm:userId")).isEmpty() || System.nanoTime() > end) {
                return;
            }
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    String currentPath() {
        String url = driver.getCurrentUrl();
        int start = url.indexOf("/bss-portal");
        String path = start < 0 ? url : url.substring(start + "/bss-portal".length());
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    WebElement byId(String id) {
        return waitFor(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    /** The text input a component renders (the element itself, or an input inside it). */
    WebElement input(String id) {
        WebElement element = byId(id);
        if ("input".equalsIgnoreCase(element.getTagName())) {
            return element;
        }
        return element.findElement(By.tagName("input"));
    }

    void type(String id, String text) {
        WebElement input = input(id);
        input.clear();
        input.sendKeys(text);
    }

    void click(String id) {
        waitFor(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    void clickAndWaitForPage(String id) {
        WebElement html = driver.findElement(By.tagName("html"));
        click(id);
        waitFor(d -> isGone(html));
        waitFor(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Whether an element of the previous page is gone. While the old document is being replaced, Chrome may answer
     * "Node with given id does not belong to the document" instead of a stale-element error: that means gone, too.
     */
    static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Waits until neither jQuery nor the PrimeFaces Ajax queue has a request in flight. */
    void waitForAjax() {
        waitFor(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return (!window.jQuery || jQuery.active == 0)"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    <T> T waitFor(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, TIMEOUT).until(condition);
    }

    /** Texts of the global messages (p:messages id="messages"). */
    List<String> globalMessages() {
        return driver.findElements(By.cssSelector("#messages li span[class*='-summary']")).stream()
                .map(WebElement::getText)
                .toList();
    }

    String pageTitle() {
        return byId("pageTitle").getText();
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("screenshot " + name + " failed: " + e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
