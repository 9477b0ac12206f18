package uk.nhs.leaguetables.platform.graphql;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers an exact repeat of an anonymous GraphQL request with the response recorded the
 * last time it was answered from the {@link PublicResponseCache}, before security, JSON
 * parsing or GraphQL see it. On the day a table is published most requests are the same
 * few queries; replaying their bytes keeps the service close to what a static file server
 * manages. Requests with credentials, conditional requests and bodies over
 * {@value #MAX_KEYED_BODY} bytes always take the full path; the recording is made only
 * from a response written from a kept body, with every header it had, and is forgotten
 * with the cache.
 */
class PublicResponseReplayFilter extends OncePerRequestFilter {

	static final int MAX_KEYED_BODY = 16 * 1024;

	/** Headers that belong to one exchange (or that the replay writes itself). */
	private static final Set<String> NOT_REPLAYED = Set.of("content-length", "content-type", "content-encoding",
			"transfer-encoding", "date", "connection", "keep-alive", "set-cookie");

	private final String path;

	private final PublicResponseCache cache;

	PublicResponseReplayFilter(String path, PublicResponseCache cache) {
		this.path = path;
		this.cache = cache;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		boolean post = "POST".equals(request.getMethod());
		return !cache.enabled() || !path.equals(request.getRequestURI()) || !(post || "GET".equals(request.getMethod()))
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null
				|| request.getHeader(HttpHeaders.IF_NONE_MATCH) != null
				|| (post && (request.getContentLength() < 0 || request.getContentLength() > MAX_KEYED_BODY));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = request.getInputStream().readNBytes(Math.max(request.getContentLength(), 0));
		boolean gzipAccepted = KeptBody.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		var key = new RawRequest(request.getMethod(), request.getQueryString(), request.getHeader(HttpHeaders.ACCEPT),
				request.getContentType(), request.getHeader(HttpHeaders.ORIGIN), gzipAccepted, ByteBuffer.wrap(body));
		RecordedResponse recorded = cache.replay(key);
		if (recorded != null) {
			recorded.writeTo(response, gzipAccepted);
			return;
		}
		long generation = cache.generation();
		chain.doFilter(new BodyRequest(request, body), response);
		if (request.getAttribute(KeptBody.ATTRIBUTE) instanceof KeptBody kept && !request.isAsyncStarted()
				&& response.getStatus() == HttpServletResponse.SC_OK
				&& !response.containsHeader(HttpHeaders.SET_COOKIE)) {
			cache.keepReplay(key, RecordedResponse.of(response, kept), generation);
		}
	}

	/**
	 * What makes two requests the same request, byte for byte, including every header the
	 * response depends on ({@code Origin} for CORS).
	 */
	record RawRequest(String method, @Nullable String query, @Nullable String accept, @Nullable String contentType,
			@Nullable String origin, boolean gzipAccepted, ByteBuffer body) {
	}

	/** A response's content type, headers and kept body. */
	record RecordedResponse(@Nullable String contentType, List<String[]> headers, KeptBody body) {

		static RecordedResponse of(HttpServletResponse response, KeptBody body) {
			List<String[]> headers = new ArrayList<>();
			for (String name : response.getHeaderNames()) {
				if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
					response.getHeaders(name).forEach((value) -> headers.add(new String[] { name, value }));
				}
			}
			return new RecordedResponse(response.getContentType(), List.copyOf(headers), body);
		}

		void writeTo(HttpServletResponse response, boolean gzipAccepted) throws IOException {
			response.setStatus(HttpServletResponse.SC_OK);
			if (contentType != null) {
				response.setContentType(contentType);
			}
			headers.forEach((header) -> response.addHeader(header[0], header[1]));
			body.writeTo(response, gzipAccepted);
		}

	}

	/** The request with its body, already read for the key, readable again. */
	private static final class BodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		BodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			var bytes = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return bytes.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return bytes.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return bytes.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body has been read already");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

	}

}
