package uk.nhs.leaguetables.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * How the API answers a throttled sign-in: 429 with {@code Retry-After} and the error in
 * the GraphQL error shape, the same whether or not the account exists.
 */
final class SignInRefusals {

	private SignInRefusals() {
	}

	static void tooManyRequests(HttpServletResponse response, SignInThrottledException refusal) throws IOException {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfterSeconds()));
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getWriter()
			.write("{\"errors\":[{\"message\":\"" + refusal.getMessage()
					+ "\",\"extensions\":{\"classification\":\"TOO_MANY_REQUESTS\"}}]}");
	}

	/**
	 * HTTP Basic's usual 401 challenge, or 429 when the attempt was refused by the
	 * throttle.
	 */
	static AuthenticationEntryPoint basicEntryPoint() {
		var challenge = new BasicAuthenticationEntryPoint();
		challenge.setRealmName("NHS League Tables");
		return (request, response, failure) -> {
			if (failure instanceof SignInThrottledException refusal) {
				tooManyRequests(response, refusal);
			}
			else {
				challenge.commence(request, response, failure);
			}
		};
	}

}
