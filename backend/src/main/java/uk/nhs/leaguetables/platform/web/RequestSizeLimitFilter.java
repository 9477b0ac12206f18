package uk.nhs.leaguetables.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API request bodies above a limit with 413 before reading them, and stops
 * reading a body sent without a length once it passes the limit, so that a huge request
 * cannot tie up memory. Authenticated requests get a larger limit: a trust's system
 * submits up to 10,000 rows at once (with comments of up to 1,000 characters), which
 * anonymous readers never need. The filter runs after Spring Security and asks it who the
 * caller is, so an {@code Authorization} header that authenticates nobody (an unknown
 * scheme, say) gets the anonymous limit; bad credentials get their 401 before any of the
 * body is read.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long maxAnonymousBytes;

	private final long maxAuthenticatedBytes;

	RequestSizeLimitFilter(DataSize maxAnonymous, DataSize maxAuthenticated) {
		this.maxAnonymousBytes = maxAnonymous.toBytes();
		this.maxAuthenticatedBytes = maxAuthenticated.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long maxBytes = authenticated() ? maxAuthenticatedBytes : maxAnonymousBytes;
		if (request.getContentLengthLong() > maxBytes) {
			response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter()
				.write("{\"errors\":[{\"message\":\"The request body is " + request.getContentLengthLong()
						+ " bytes; at most " + maxBytes + " are accepted\"}]}");
			return;
		}
		chain.doFilter(new LimitedRequest(request, maxBytes), response);
	}

	private static boolean authenticated() {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		return caller != null && caller.isAuthenticated() && !(caller instanceof AnonymousAuthenticationToken);
	}

	/** A request whose body cannot be read past the limit. */
	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long maxBytes;

		LimitedRequest(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream body = super.getInputStream();
			return new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					int next = body.read();
					count((next < 0) ? 0 : 1);
					return next;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int count = body.read(buffer, offset, length);
					count(Math.max(count, 0));
					return count;
				}

				private void count(int bytes) throws IOException {
					read += bytes;
					if (read > maxBytes) {
						throw new IOException("The request body exceeds " + maxBytes + " bytes");
					}
				}

				@Override
				public boolean isFinished() {
					return body.isFinished();
				}

				@Override
				public boolean isReady() {
					return body.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					body.setReadListener(listener);
				}

			};
		}

	}

}
