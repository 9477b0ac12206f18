package uk.nhs.leaguetables.platform.graphql;

import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Spring's GraphQL HTTP handler, writing the kept body of a cached result instead of
 * serialising its JSON again: for a large published table, serialisation is most of the
 * cost of a cache hit. The body is marked on the request, so that
 * {@link PublicResponseReplayFilter} can answer the same request next time before any of
 * this runs.
 */
class CachedBodyGraphQlHttpHandler extends GraphQlHttpHandler {

	private final PublicResponseCache cache;

	private final JsonMapper json;

	CachedBodyGraphQlHttpHandler(WebGraphQlHandler graphQl, PublicResponseCache cache, JsonMapper json) {
		super(graphQl);
		this.cache = cache;
		this.json = json;
	}

	@Override
	protected ServerResponse.HeadersBuilder.WriteFunction getWriteFunction(Map<String, Object> result,
			MediaType contentType) {
		Object data = result.get("data");
		KeptBody body = (result.size() == 1 && data != null)
				? cache.body(data, contentType, () -> json.writeValueAsBytes(result)) : null;
		if (body == null) {
			return super.getWriteFunction(result, contentType);
		}
		return (request, response) -> {
			request.setAttribute(KeptBody.ATTRIBUTE, body);
			body.writeTo(response, KeptBody.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING)));
			return null;
		};
	}

}
