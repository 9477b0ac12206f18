package uk.nhs.leaguetables.platform.graphql;

import java.util.List;
import java.util.Map;

import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Gives each request its budgets by who sends it: the query cost it may spend
 * ({@link QueryCostInstrumentation}) and the size its response may reach. A response over
 * its size is replaced by an error before anything is serialised: the cost model works on
 * the sizes the schema assumes, and this is the backstop for lists longer than assumed.
 * Runs inside the public response cache (cached answers were checked when they were made)
 * and outside the execution limiter.
 */
@Component
class ResponseBudgetInterceptor implements WebGraphQlInterceptor {

	private final int anonymousCost;

	private final int signedInCost;

	private final long anonymousBytes;

	private final long signedInBytes;

	ResponseBudgetInterceptor(@Value("${league-tables.graphql.anonymous-max-cost:250000}") int anonymousCost,
			@Value("${league-tables.graphql.max-cost:1000000}") int signedInCost,
			@Value("${league-tables.graphql.anonymous-max-response-size:8MB}") DataSize anonymousBytes,
			@Value("${league-tables.graphql.max-response-size:64MB}") DataSize signedInBytes) {
		this.anonymousCost = anonymousCost;
		this.signedInCost = signedInCost;
		this.anonymousBytes = anonymousBytes.toBytes();
		this.signedInBytes = signedInBytes.toBytes();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		boolean signedIn = signedIn();
		int cost = signedIn ? signedInCost : anonymousCost;
		long maxBytes = signedIn ? signedInBytes : anonymousBytes;
		request.configureExecutionInput(
				(input, builder) -> builder.graphQLContext(Map.of(QueryCostInstrumentation.BUDGET, cost)).build());
		return chain.next(request).map((response) -> {
			long size = ResponseSize.estimate(response.getData(), maxBytes);
			if (size <= maxBytes) {
				return response;
			}
			var error = GraphqlErrorBuilder.newError()
				.errorType(ErrorType.BAD_REQUEST)
				.message("The response would be larger than " + DataSize.ofBytes(maxBytes).toMegabytes()
						+ " MB, the most this client may receive; ask for fewer fields or smaller pages"
						+ (signedIn ? "" : " (signed-in clients may receive more)"))
				.build();
			return response.transform((builder) -> builder.data(null).errors(List.of(error)));
		});
	}

	private static boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

}
