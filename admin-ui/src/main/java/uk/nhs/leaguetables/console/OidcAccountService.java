package uk.nhs.leaguetables.console;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.UserAccount;
import uk.nhs.leaguetables.security.UserAccountRepository;

/**
 * Signs in a person whom the OIDC provider has authenticated as the account of the same
 * name here. The provider proves who they are; what they may do stays in this service's
 * roles, which administrators grant and the audit log records, so an OIDC sign-in cannot
 * bring roles of its own. Unknown and disabled accounts are refused.
 */
@Component
class OidcAccountService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService provider = new OidcUserService();

	private final UserAccountRepository accounts;

	private final String usernameClaim;

	OidcAccountService(UserAccountRepository accounts,
			@Value("${league-tables.oidc.username-claim:preferred_username}") String usernameClaim) {
		this.accounts = accounts;
		this.usernameClaim = usernameClaim;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser authenticated = provider.loadUser(request);
		String claimed = authenticated.getClaimAsString(usernameClaim);
		if (claimed == null || claimed.isBlank()) {
			throw refused("The identity provider sent no '" + usernameClaim + "' claim to sign in with");
		}
		String username = claimed.strip().toLowerCase(Locale.ROOT);
		UserAccount account = accounts.find(username)
			.filter(UserAccount::enabled)
			.orElseThrow(() -> refused("'" + username + "' has no enabled account in NHS League Tables"));
		return new ConsoleOidcUser(account, authenticated, usernameClaim);
	}

	private static OAuth2AuthenticationException refused(String why) {
		return new OAuth2AuthenticationException(new OAuth2Error("access_denied", why, null), why);
	}

	/** The provider's identity under the account's name and with the account's roles. */
	static final class ConsoleOidcUser extends DefaultOidcUser {

		private final String username;

		ConsoleOidcUser(UserAccount account, OidcUser authenticated, String usernameClaim) {
			super(account.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList(),
					authenticated.getIdToken(), authenticated.getUserInfo(), usernameClaim);
			this.username = account.username();
		}

		@Override
		public String getName() {
			return username;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof ConsoleOidcUser user && user.username.equals(username) && super.equals(other);
		}

		@Override
		public int hashCode() {
			return username.hashCode();
		}

	}

}
