package uk.nhs.leaguetables.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.UserAccountRepository;
import uk.nhs.leaguetables.testsupport.TestUsers;

/**
 * Base of the console's browser tests: the whole application on a random port, driven by
 * Debian's headless Chromium through Selenium. Screenshots land in
 * {@code target/screenshots} for reviewers.
 */
public abstract class BrowserTest extends ConsoleContextTest {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/** The password of every user the browser tests create. */
	protected static final String PASSWORD = "correct horse battery staple";

	@LocalServerPort
	int port;

	@Autowired
	protected UserAccountRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	protected WebDriver browser;

	protected WebDriverWait wait;

	@BeforeEach
	void openBrowser() throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,800",
				"--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
			.build();
		browser = new ChromeDriver(service, options);
		wait = new WebDriverWait(browser, Duration.ofSeconds(60));
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	/**
	 * Signs in through the login view as a user with the given roles, created on first
	 * use.
	 */
	protected void signInAs(String username, Role... roles) {
		TestUsers.ensure(users, passwordEncoder, username, PASSWORD, roles);
		signIn(username, PASSWORD);
	}

	/** Signs in through the login view as an existing user. */
	protected void signIn(String username, String password) {
		browser.get(baseUrl() + "/login");
		WebElement form = waitFor(By.tagName("vaadin-login-form"));
		form.findElement(By.cssSelector("vaadin-text-field input")).sendKeys(username);
		form.findElement(By.cssSelector("vaadin-password-field input")).sendKeys(password);
		form.findElement(By.cssSelector("vaadin-button")).click();
		try {
			wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-app-layout")));
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			screenshot("sign-in-failed-" + username);
			throw ex;
		}
	}

	protected String baseUrl() {
		return "http://localhost:" + port;
	}

	protected void open(String path) {
		browser.get(baseUrl() + path);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-app-layout")));
	}

	protected WebElement waitFor(By locator) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	/** The button with exactly this text, once it is shown. */
	protected WebElement button(String text) {
		return wait.until((driver) -> driver.findElements(By.tagName("vaadin-button"))
			.stream()
			.filter((button) -> button.isDisplayed() && button.getText().strip().equals(text))
			.findFirst()
			.orElse(null));
	}

	/**
	 * Clicks the element after scrolling it to the middle of the 1280×800 window, where
	 * no sticky header or notification covers it.
	 */
	protected void press(WebElement element) {
		((org.openqa.selenium.JavascriptExecutor) browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	/** Presses the button with exactly this text. */
	protected void press(String buttonText) {
		press(button(buttonText));
	}

	/**
	 * Downloads what the link with this text serves, in the signed-in browser session.
	 */
	protected String download(String linkText) {
		String href = browser.findElements(By.tagName("a"))
			.stream()
			.filter((link) -> link.getText().equals(linkText))
			.findFirst()
			.orElseThrow()
			.getAttribute("href");
		return String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser)
			.executeAsyncScript("fetch(arguments[0]).then((response) => response.text()).then(arguments[1])", href));
	}

	/** Waits until the page's light DOM contains the text. */
	protected void waitForText(String text) {
		wait.until((driver) -> driver.getPageSource().contains(text));
	}

	protected void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(file, SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
