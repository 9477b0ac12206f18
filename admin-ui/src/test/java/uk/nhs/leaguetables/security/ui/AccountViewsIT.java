package uk.nhs.leaguetables.security.ui;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import uk.nhs.leaguetables.console.BrowserTest;
import uk.nhs.leaguetables.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account views in the browser: an administrator creates an account and sees its
 * activation link once; the holder chooses a password on the anonymous activation page (a
 * weak one is refused); the proposed APPROVER role is confirmed only by a second
 * administrator; the holder changes their password; an administrator issues a token whose
 * secret is shown once and revokes it.
 */
class AccountViewsIT extends BrowserTest {

	private static final String CHOSEN = "violet quartz harbour lantern";

	private final String run = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));

	@Test
	void an_account_is_created_activated_by_its_holder_and_its_role_confirmed_by_a_second_administrator() {
		String starter = "starter-" + run;
		signInAs("users-admin-" + run, Role.ADMIN);
		open("/users");
		type("new-username", starter);
		type("new-display-name", "Stella Starter");
		press(waitFor(By.xpath("//vaadin-checkbox[normalize-space(.)='APPROVER']")));
		press("Create account");
		String link = waitFor(By.id("activation-address")).getText();
		assertThat(link).startsWith(baseUrl() + "/activate/nla_");
		WebElement proposals = waitFor(By.id("role-proposals"));
		wait.until((driver) -> proposals.getText().contains(starter));
		// The proposer may withdraw, never confirm, their own proposal.
		assertThat(buttonsLabelled("Confirm APPROVER for " + starter)).isEmpty();
		assertThat(buttonsLabelled("Withdraw APPROVER for " + starter)).hasSize(1);
		screenshot("users-created");

		browser.manage().deleteAllCookies();
		browser.get(link);
		waitFor(By.id("activation-account"));
		type("activation-password", "Password2024!");
		type("activation-repeat", "Password2024!");
		press("Set password");
		wait.until((driver) -> driver.findElement(By.id("activation-error")).getText().contains("most common"));
		clear("activation-password");
		clear("activation-repeat");
		type("activation-password", CHOSEN);
		type("activation-repeat", CHOSEN);
		press("Set password");
		waitForText("Your password is set.");
		screenshot("activation-done");
		browser.get(link);
		waitForText("This activation link is unknown, used or expired");

		signInAs("users-admin2-" + run, Role.ADMIN);
		open("/users");
		press(buttonsLabelled("Confirm APPROVER for " + starter).getFirst());
		wait.until((driver) -> !waitFor(By.id("role-proposals")).getText().contains(starter));
		assertThat(users.find(starter).orElseThrow().roles()).containsExactly(Role.APPROVER);

		browser.manage().deleteAllCookies();
		signIn(starter, CHOSEN);
		open("/account/password");
		type("current-password", CHOSEN);
		type("new-password", "amber meadow falcon river");
		type("repeat-password", "amber meadow falcon river");
		press("Change password");
		waitForText("Your password is changed");
		screenshot("password-changed");
	}

	@Test
	void an_administrator_issues_a_token_whose_secret_is_shown_once_and_revokes_it() {
		String feed = "token-feed-" + run;
		users.create(feed, "Trust feed", null, "RJ1", java.util.Set.of(Role.SUBMITTER), "test");
		signInAs("tokens-admin-" + run, Role.ADMIN);
		open("/tokens");
		type("token-name", "RJ1 nightly feed " + run);
		WebElement account = waitFor(By.id("token-account"));
		account.findElement(By.tagName("input")).sendKeys(feed);
		account.findElement(By.tagName("input")).sendKeys(org.openqa.selenium.Keys.ENTER);
		press("Issue token");
		String secret = waitFor(By.id("token-secret-value")).getText();
		assertThat(secret).startsWith("nlt_");
		screenshot("token-issued");

		open("/tokens");
		WebElement grid = waitFor(By.id("api-tokens"));
		wait.until((driver) -> grid.getText().contains("RJ1 nightly feed " + run));
		assertThat(browser.getPageSource()).doesNotContain(secret);
		WebElement revoke = wait.until((driver) -> driver.findElements(By.tagName("vaadin-button"))
			.stream()
			.filter((button) -> String.valueOf(button.getAttribute("aria-label")).endsWith("RJ1 nightly feed " + run))
			.findFirst()
			.orElse(null));
		press(revoke);
		wait.until((driver) -> grid.getText().contains("Revoked by tokens-admin-" + run));
	}

	private java.util.List<WebElement> buttonsLabelled(String label) {
		return browser.findElements(By.cssSelector("vaadin-button[aria-label='" + label + "']"));
	}

	private void type(String id, String text) {
		waitFor(By.id(id)).findElement(By.tagName("input")).sendKeys(text);
	}

	private void clear(String id) {
		WebElement input = waitFor(By.id(id)).findElement(By.tagName("input"));
		input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
				org.openqa.selenium.Keys.DELETE);
	}

}
