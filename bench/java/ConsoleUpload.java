import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Uploads a submission file through the console, as a preparer does, in headless Chromium:
 * the only HTTP path for a file larger than the API's 10,000 rows. Prints the console's
 * summary of the stored submission, or fails after the timeout.
 *
 * <pre>
 * java -cp SELENIUM_CLASSPATH bench/java/ConsoleUpload.java BASE_URL USER PASSWORD QUARTER FILE TIMEOUT_SECONDS
 * </pre>
 */
class ConsoleUpload {

	public static void main(String[] args) throws Exception {
		String baseUrl = args[0];
		Path file = Path.of(args[4]).toAbsolutePath();
		Duration timeout = Duration.ofSeconds(Long.parseLong(args[5]));
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + Files.createTempDirectory("bench-chromium"));
		WebDriver browser = new ChromeDriver(
				new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
					.build(),
				options);
		try {
			WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
			browser.get(baseUrl + "/login");
			WebElement form = wait.until((driver) -> driver.findElement(By.tagName("vaadin-login-form")));
			form.findElement(By.cssSelector("vaadin-text-field input")).sendKeys(args[1]);
			form.findElement(By.cssSelector("vaadin-password-field input")).sendKeys(args[2]);
			form.findElement(By.cssSelector("vaadin-button")).click();
			wait.until((driver) -> !driver.findElements(By.tagName("vaadin-app-layout")).isEmpty());
			browser.get(baseUrl + "/submissions");
			WebElement quarter = wait.until((driver) -> driver.findElement(By.cssSelector("vaadin-combo-box input")));
			quarter.sendKeys(args[3]);
			wait.until((driver) -> driver.findElement(By.tagName("vaadin-combo-box-item")));
			quarter.sendKeys(Keys.ENTER);
			wait.until((driver) -> driver.getPageSource().contains("Upload the " + args[3] + " file"));
			browser.findElement(By.tagName("vaadin-upload"))
				.getShadowRoot()
				.findElement(By.cssSelector("input[type=file]"))
				.sendKeys(file.toString());
			System.out.println("UPLOADING " + Files.size(file) + " bytes");
			new WebDriverWait(browser, timeout)
				.until((driver) -> driver.getPageSource().contains("Submission #"));
			System.out.println("STORED " + browser.findElement(By.xpath("//*[starts-with(text(), 'Submission #')]"))
				.getText());
		}
		finally {
			browser.quit();
		}
	}

}
