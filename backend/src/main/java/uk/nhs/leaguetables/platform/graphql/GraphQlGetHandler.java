package uk.nhs.leaguetables.platform.graphql;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import jakarta.servlet.ServletException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.support.SerializableGraphQlRequest;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphQL over HTTP GET (GraphQL-over-HTTP specification): queries only, from the
 * {@code query} parameter or a trusted document's id ({@code documentId}, or Apollo's
 * {@code extensions.persistedQuery.sha256Hash}), with {@code variables} and
 * {@code extensions} as JSON. A mutation over GET is refused with 405, as GET must be
 * safe to repeat and to cache. The response is negotiated and shaped exactly as for POST.
 */
class GraphQlGetHandler extends CachedBodyGraphQlHttpHandler {

	static final List<MediaType> RESPONSE_TYPES = List.of(MediaType.APPLICATION_GRAPHQL_RESPONSE,
			MediaType.APPLICATION_JSON);

	private final WebGraphQlHandler graphQl;

	private final TrustedDocuments trustedDocuments;

	private final JsonMapper json;

	GraphQlGetHandler(WebGraphQlHandler graphQl, PublicResponseCache cache, TrustedDocuments trustedDocuments,
			JsonMapper json) {
		super(graphQl, cache, json);
		this.graphQl = graphQl;
		this.trustedDocuments = trustedDocuments;
		this.json = json;
	}

	ServerResponse handleGet(ServerRequest request) throws ServletException {
		if (!acceptable(request)) {
			return notAcceptable(request);
		}
		SerializableGraphQlRequest body = new SerializableGraphQlRequest();
		try {
			body.setVariables(jsonParameter(request, "variables"));
			body.setExtensions(jsonParameter(request, "extensions"));
		}
		catch (JacksonException ex) {
			return error(HttpStatus.BAD_REQUEST,
					"variables and extensions must be JSON objects: " + ex.getOriginalMessage());
		}
		body.setOperationName(request.param("operationName").filter((name) -> !name.isBlank()).orElse(null));
		String documentId = documentId(request, body.getExtensions());
		String query = request.param("query").orElse(null);
		if (documentId != null) {
			var trusted = trustedDocuments.find(documentId);
			if (trusted.isEmpty()) {
				return error(HttpStatus.NOT_FOUND,
						"There is no trusted document '" + documentId + "'; GET /graphql/trusted-documents lists them");
			}
			query = trusted.get().document();
		}
		if (query == null || query.isBlank()) {
			return error(HttpStatus.BAD_REQUEST,
					"A GET request needs a 'query' or a 'documentId' parameter (or send the query with POST)");
		}
		if (changesData(query, body.getOperationName())) {
			return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
				.allow(HttpMethod.POST)
				.contentType(MediaType.APPLICATION_GRAPHQL_RESPONSE)
				.body(errorBody("Mutations and subscriptions are sent with POST; GET only runs queries"));
		}
		body.setQuery(query);
		WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
				new LinkedMultiValueMap<>(), request.remoteAddress().orElse(null), request.attributes(), body,
				UUID.randomUUID().toString(), LocaleContextHolder.getLocale());
		return prepareResponse(request, graphQl.handleRequest(graphQlRequest));
	}

	/** 406 for an {@code Accept} header that admits neither GraphQL response type. */
	ServerResponse notAcceptable(ServerRequest request) {
		return ServerResponse.status(HttpStatus.NOT_ACCEPTABLE)
			.contentType(MediaType.APPLICATION_JSON)
			.body(errorBody("Accept " + request.headers().accept()
					+ " is not supported; ask for application/graphql-response+json or application/json"));
	}

	static boolean acceptable(ServerRequest request) {
		List<MediaType> accepted = request.headers().accept();
		return accepted.isEmpty()
				|| accepted.stream().anyMatch((type) -> RESPONSE_TYPES.stream().anyMatch(type::isCompatibleWith));
	}

	private static @Nullable String documentId(ServerRequest request, @Nullable Map<String, Object> extensions) {
		String documentId = request.param("documentId").orElse(null);
		if (documentId == null && extensions != null && extensions.get("persistedQuery") instanceof Map<?, ?> persisted
				&& persisted.get("sha256Hash") instanceof String hash) {
			documentId = hash;
		}
		return documentId;
	}

	/**
	 * Whether the operation to run is a mutation or subscription; a document that does
	 * not parse is left to the engine, which reports the syntax error as usual.
	 */
	private static boolean changesData(String query, @Nullable String operationName) {
		Document document;
		try {
			document = Parser.parse(query);
		}
		catch (InvalidSyntaxException ex) {
			return false;
		}
		return document.getDefinitionsOfType(OperationDefinition.class)
			.stream()
			.filter((operation) -> operationName == null || operationName.equals(operation.getName()))
			.anyMatch((operation) -> operation.getOperation() != OperationDefinition.Operation.QUERY);
	}

	private @Nullable Map<String, Object> jsonParameter(ServerRequest request, String name) {
		String text = request.param(name).orElse(null);
		return (text == null || text.isBlank()) ? null : json.readValue(text, new TypeReference<>() {
		});
	}

	private static ServerResponse error(HttpStatus status, String message) {
		return ServerResponse.status(status)
			.contentType(MediaType.APPLICATION_GRAPHQL_RESPONSE)
			.body(errorBody(message));
	}

	private static Map<String, Object> errorBody(String message) {
		return Map.of("errors", List.of(Map.of("message", message)));
	}

}
