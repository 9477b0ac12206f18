package uk.nhs.leaguetables.console;

import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.testsupport.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's sign-in and browser-facing defences, attacked over real HTTP and checked
 * in headless Chromium: a sign-in posted from another site without the CSRF token signs
 * nobody in; the session cookie is HttpOnly and SameSite; an account that failed too
 * often is refused with a message even with the right password; and the console and
 * GraphiQL work under their Content-Security-Policy without a single violation.
 */
class ConsoleEdgeSecurityIT extends BrowserTest {

	private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]+)\"");

	/** Collects the page's CSP violations from before its first script runs. */
	private static final String RECORD_VIOLATIONS = "window.cspViolations = [];"
			+ "document.addEventListener('securitypolicyviolation',"
			+ " (e) => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));";

	@Test
	void a_sign_in_posted_from_another_site_without_the_token_signs_nobody_in() throws Exception {
		TestUsers.ensure(users, passwordEncoder, "csrf-victim", PASSWORD, Role.AUDITOR);
		HttpClient attacker = client("127.0.0.1");

		HttpResponse<String> forged = attacker.send(
				signIn("csrf-victim", PASSWORD, null).header("Origin", "https://attacker.example").build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(
				attacker.send(get("/").build(), HttpResponse.BodyHandlers.ofString()).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));

		// the same sign-in with the page's token succeeds: the token is what was missing
		HttpClient user = client("127.0.0.1");
		HttpResponse<String> genuine = user.send(signIn("csrf-victim", PASSWORD, csrfToken(user)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(genuine.statusCode()).isEqualTo(302);
		assertThat(genuine.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
	}

	@Test
	void the_session_cookie_is_http_only_and_same_site_and_pages_carry_security_headers() throws Exception {
		HttpResponse<String> login = client("127.0.0.1").send(get("/login").build(),
				HttpResponse.BodyHandlers.ofString());

		String cookie = login.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((value) -> value.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
		String policy = login.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(policy).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'",
				"form-action 'self'", "base-uri 'self'");
		assertThat(login.headers().allValues("X-Frame-Options")).containsExactly("DENY");
		assertThat(login.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
	}

	@Test
	void an_account_that_failed_too_often_is_refused_with_a_message_even_with_the_right_password() throws Exception {
		TestUsers.ensure(users, passwordEncoder, "console-guessed", PASSWORD, Role.AUDITOR);
		HttpClient guesser = client("127.0.0.31");
		for (int guess = 1; guess <= 10; guess++) {
			HttpResponse<String> failed = guesser.send(
					signIn("console-guessed", "guess " + guess, csrfToken(guesser)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(failed.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
		}

		browser.get(baseUrl() + "/login");
		WebElement form = waitFor(By.tagName("vaadin-login-form"));
		form.findElement(By.cssSelector("vaadin-text-field input")).sendKeys("console-guessed");
		form.findElement(By.cssSelector("vaadin-password-field input")).sendKeys(PASSWORD);
		form.findElement(By.cssSelector("vaadin-button")).click();

		wait.until(ExpectedConditions.urlContains("throttled"));
		// the message is in the login form's shadow DOM
		wait.until((driver) -> "Too many failed sign-ins".equals(
				((JavascriptExecutor) driver).executeScript("const form = document.querySelector('vaadin-login-form');"
						+ " return form && form.error ? form.i18n.errorMessage.title : null")));
		screenshot("sign-in-throttled");
		assertThat(browser.findElements(By.tagName("vaadin-app-layout"))).isEmpty();
	}

	@Test
	void the_console_works_under_its_content_security_policy() {
		recordViolations();
		signInAs("csp-admin", Role.ADMIN, Role.AUDITOR);
		open("/audit");
		waitFor(By.id("audit-log"));
		open("/organisations");
		waitFor(By.tagName("vaadin-grid"));
		screenshot("console-under-csp");

		assertThat(violations()).isEmpty();
	}

	@Test
	void graphiql_runs_a_query_with_only_the_scripts_this_service_serves() {
		recordViolations();
		browser.get(baseUrl() + "/graphiql");
		waitFor(By.cssSelector(".graphiql-container .CodeMirror"));
		((JavascriptExecutor) browser).executeScript(
				"document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(arguments[0])",
				"{ regions { code name } }");
		press(waitFor(By.cssSelector(".graphiql-execute-button")));

		wait.until((driver) -> String
			.valueOf(((JavascriptExecutor) driver)
				.executeScript("return document.querySelector('.result-window .CodeMirror').CodeMirror.getValue()"))
			.contains("\"regions\""));
		screenshot("graphiql-from-the-jar");
		assertThat(violations()).isEmpty();
		List<?> origins = (List<?>) ((JavascriptExecutor) browser)
			.executeScript("return performance.getEntriesByType('resource').map((r) => new URL(r.name).origin)");
		assertThat(origins).isNotEmpty().allSatisfy((origin) -> assertThat(origin).isEqualTo(baseUrl()));
	}

	private void recordViolations() {
		((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
				Map.of("source", RECORD_VIOLATIONS));
	}

	private List<?> violations() {
		return (List<?>) ((JavascriptExecutor) browser).executeScript("return window.cspViolations");
	}

	/**
	 * The CSRF token of the login page as a browser gets it, with the session it is bound
	 * to.
	 */
	private String csrfToken(HttpClient client) throws Exception {
		String page = client.send(get("/login").build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher meta = META.matcher(page);
		String token = null;
		while (meta.find()) {
			if (meta.group(1).equals("_csrf")) {
				token = meta.group(2);
			}
		}
		assertThat(token).as("the _csrf meta tag of the login page").isNotNull();
		return token;
	}

	private HttpRequest.Builder signIn(String username, String password, String csrfToken) {
		String form = "username=" + encode(username) + "&password=" + encode(password)
				+ ((csrfToken != null) ? "&_csrf=" + encode(csrfToken) : "");
		return HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET();
	}

	private static HttpClient client(String localAddress) throws Exception {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.localAddress(InetAddress.getByName(localAddress))
			.build();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
