package uk.nhs.leaguetables.platform.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

import uk.nhs.leaguetables.platform.digest.Sha256;

/**
 * The registry of trusted (persisted) documents: the queries in
 * {@code graphql-trusted/*.graphql}, each identified by {@code sha256:} and the SHA-256
 * of its text. Clients send the id instead of the query over GET, so the URL is short and
 * the same for everybody, and a CDN can cache the response.
 */
@Component
public class TrustedDocuments {

	private static final String PREFIX = "sha256:";

	private final Map<String, TrustedDocument> byId = new LinkedHashMap<>();

	TrustedDocuments(ResourcePatternResolver resources) throws IOException {
		Resource[] files = resources.getResources("classpath*:graphql-trusted/*.graphql");
		java.util.Arrays.sort(files, Comparator.comparing(Resource::getFilename));
		for (Resource file : files) {
			String text = file.getContentAsString(StandardCharsets.UTF_8);
			String name = file.getFilename().replace(".graphql", "");
			TrustedDocument document = new TrustedDocument(PREFIX + Sha256.hex(text), name, text);
			byId.put(document.id(), document);
		}
	}

	/**
	 * The document with this id ({@code sha256:<hex>}, or the bare hex digest as Apollo's
	 * persisted queries send it).
	 */
	public Optional<TrustedDocument> find(String id) {
		String normalised = id.strip().toLowerCase(Locale.ROOT);
		return Optional.ofNullable(byId.get(normalised.startsWith(PREFIX) ? normalised : PREFIX + normalised));
	}

	public List<TrustedDocument> all() {
		return List.copyOf(byId.values());
	}

	/**
	 * A trusted document.
	 *
	 * @param id {@code sha256:} and the SHA-256 of its text
	 * @param name its file name, e.g. {@code acute-league-table}
	 * @param document the GraphQL text
	 */
	public record TrustedDocument(String id, String name, String document) {
	}

}
