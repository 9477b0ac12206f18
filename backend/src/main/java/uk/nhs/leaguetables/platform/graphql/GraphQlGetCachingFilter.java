package uk.nhs.leaguetables.platform.graphql;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Makes GET responses of the GraphQL endpoint cacheable: anonymous clients only ever see
 * published data, so their responses are public for a short while (a correction can
 * replace the latest revision) and carry an ETag; a repeated request with
 * {@code If-None-Match} gets 304 without the body. Responses to signed-in users may
 * contain drafts and are never stored.
 */
class GraphQlGetCachingFilter extends ShallowEtagHeaderFilter {

	private final String path;

	private final String publicCacheControl;

	GraphQlGetCachingFilter(String path, Duration maxAge) {
		this.path = path;
		this.publicCacheControl = CacheControl.maxAge(maxAge).cachePublic().getHeaderValue();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || !path.equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean anonymous = request.getHeader(HttpHeaders.AUTHORIZATION) == null;
		response.setHeader(HttpHeaders.CACHE_CONTROL,
				anonymous ? publicCacheControl : CacheControl.noStore().cachePrivate().getHeaderValue());
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT + ", " + HttpHeaders.AUTHORIZATION);
		super.doFilterInternal(request, response, chain);
	}

}
