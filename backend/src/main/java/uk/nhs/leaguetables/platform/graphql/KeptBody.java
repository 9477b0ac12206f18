package uk.nhs.leaguetables.platform.graphql;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * The serialised body of a cached result, and its gzip form, compressed once when a
 * client first accepts it: compressing a large published table on every request would
 * cost more than answering it.
 */
final class KeptBody {

	/** The request attribute naming the kept body a response was written from. */
	static final String ATTRIBUTE = KeptBody.class.getName();

	/** Below this size compression saves less than it costs (Tomcat's threshold too). */
	private static final int MIN_COMPRESSED_SIZE = 2048;

	private final byte[] identity;

	private volatile byte @Nullable [] gzipped;

	KeptBody(byte[] identity) {
		this.identity = identity;
	}

	/** The size of the uncompressed body in bytes. */
	int size() {
		return identity.length;
	}

	/**
	 * Writes the body, compressed when the client accepts gzip and the body is large
	 * enough for it to pay. The response varies with {@code Accept-Encoding} either way.
	 */
	void writeTo(HttpServletResponse response, boolean gzipAccepted) throws IOException {
		boolean compressed = gzipAccepted && size() >= MIN_COMPRESSED_SIZE;
		byte[] bytes = compressed ? gzipped() : identity;
		if (compressed) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		if (!String.valueOf(response.getHeaders(HttpHeaders.VARY))
			.toLowerCase(Locale.ROOT)
			.contains("accept-encoding")) {
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		}
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	private byte[] gzipped() {
		byte[] compressed = gzipped;
		if (compressed == null) {
			synchronized (this) {
				compressed = gzipped;
				if (compressed == null) {
					compressed = gzip(identity);
					gzipped = compressed;
				}
			}
		}
		return compressed;
	}

	private static byte[] gzip(byte[] bytes) {
		var compressed = new ByteArrayOutputStream(bytes.length / 8);
		try (var gzip = new GZIPOutputStream(compressed)) {
			gzip.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return compressed.toByteArray();
	}

	/**
	 * Whether an {@code Accept-Encoding} header admits gzip (a {@code q=0} refuses it).
	 */
	static boolean acceptsGzip(@Nullable String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String coding : acceptEncoding.split(",")) {
			String[] parts = coding.split(";");
			if ("gzip".equalsIgnoreCase(parts[0].strip())) {
				return parts.length < 2 || !parts[1].strip().matches("q=0(\\.0*)?");
			}
		}
		return false;
	}

}
