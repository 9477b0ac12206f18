package uk.nhs.leaguetables.console;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.UserAccountRepository;
import uk.nhs.leaguetables.testsupport.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With an OIDC provider configured, the console sends people to it, and a person the
 * provider vouches for signs in as the account of the same name with that account's
 * roles; nobody else gets in. The provider is configured but never contacted: the ID
 * token is built here, as the provider would send it.
 */
@SpringBootTest(classes = LeagueTablesConsoleApplication.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "vaadin.devmode.devTools.enabled=false",
				"spring.security.oauth2.client.registration.nhs-identity.client-name=NHS Identity",
				"spring.security.oauth2.client.registration.nhs-identity.client-id=league-tables-console",
				"spring.security.oauth2.client.registration.nhs-identity.client-secret=not-a-secret",
				"spring.security.oauth2.client.registration.nhs-identity.authorization-grant-type=authorization_code",
				"spring.security.oauth2.client.registration.nhs-identity.scope=openid,profile",
				"spring.security.oauth2.client.registration.nhs-identity.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
				"spring.security.oauth2.client.provider.nhs-identity.authorization-uri=https://identity.example.nhs.uk/authorize",
				"spring.security.oauth2.client.provider.nhs-identity.token-uri=https://identity.example.nhs.uk/token",
				"spring.security.oauth2.client.provider.nhs-identity.jwk-set-uri=https://identity.example.nhs.uk/jwks",
				"spring.security.oauth2.client.provider.nhs-identity.user-name-attribute=sub" })
class OidcSignInIT {

	@LocalServerPort
	int port;

	@Autowired
	OidcAccountService oidcAccounts;

	@Autowired
	ClientRegistrationRepository providers;

	@Autowired
	UserAccountRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@BeforeEach
	void accountsExist() {
		TestUsers.ensure(users, passwordEncoder, "oidc.approver", "unused-password", Role.APPROVER);
	}

	@Test
	void the_console_sends_people_to_the_provider() throws Exception {
		HttpResponse<Void> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/authorization/nhs-identity"))
				.build(), HttpResponse.BodyHandlers.discarding());

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).startsWith("https://identity.example.nhs.uk/authorize?")
					.contains("client_id=league-tables-console"));
	}

	@Test
	void a_person_the_provider_vouches_for_signs_in_with_their_account_roles() {
		OidcUser user = oidcAccounts.loadUser(request("OIDC.Approver"));

		assertThat(user.getName()).isEqualTo("oidc.approver");
		assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_APPROVER");
	}

	@Test
	void a_person_without_an_account_is_refused() {
		assertThatThrownBy(() -> oidcAccounts.loadUser(request("stranger@example.nhs.uk")))
			.isInstanceOf(OAuth2AuthenticationException.class)
			.hasMessage("'stranger@example.nhs.uk' has no enabled account in NHS League Tables");
	}

	private OidcUserRequest request(String preferredUsername) {
		Instant now = Instant.now();
		return new OidcUserRequest(providers.findByRegistrationId("nhs-identity"),
				new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access-token", now, now.plusSeconds(300),
						Set.of("openid", "profile")),
				new OidcIdToken("id-token", now, now.plusSeconds(300),
						Map.of("sub", "248289761001", "iss", "https://identity.example.nhs.uk", "aud",
								"league-tables-console", "preferred_username", preferredUsername)));
	}

}
