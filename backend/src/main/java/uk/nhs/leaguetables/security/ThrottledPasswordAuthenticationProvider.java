package uk.nhs.leaguetables.security;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password sign-in (the console's form and HTTP Basic on the API and Actuator), refused
 * before the password is checked while the account or the client address is throttled.
 */
@Component
class ThrottledPasswordAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	ThrottledPasswordAuthenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
			SignInThrottle throttle) {
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(passwordEncoder);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		var refusal = throttle.refusal(attempt.getName(), clientAddress(attempt));
		if (refusal.isPresent()) {
			throw new SignInThrottledException(refusal.get());
		}
		return passwords.authenticate(attempt);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return passwords.supports(authentication);
	}

	/**
	 * The address the attempt came from, as the servlet container reports it (the
	 * forwarded client only when {@code server.forward-headers-strategy} trusts a proxy).
	 */
	static @Nullable String clientAddress(Authentication attempt) {
		return (attempt.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress() : null;
	}

}
