package uk.nhs.leaguetables.platform.graphql;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import graphql.ExecutionResult;
import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import uk.nhs.leaguetables.platform.database.PublicDataChanged;

/**
 * Answers repeated anonymous queries from memory. Anonymous clients only ever read
 * published data, which changes only when something is published (or the registry or a
 * period's status changes), so a result stays right until {@link PublicDataChanged} — on
 * any instance, through PostgreSQL's NOTIFY — empties the cache. Queries are keyed by
 * their normalised text (whitespace and comments do not matter), operation and variables;
 * only error-free results of queries asked at least twice are kept, at most
 * {@code league-tables.graphql.cache.max-entries} and at most {@code max-total-body-size}
 * of serialised bodies, least recently used first out (a client asking many different
 * large queries cannot fill the heap).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicResponseCache implements WebGraphQlInterceptor {

	private final Map<Key, ExecutionResult> entries;

	/**
	 * The serialised bodies of cached results, by the identity of their data and by media
	 * type: a hit is answered without serialising its JSON again.
	 */
	private final Map<Object, Map<MediaType, KeptBody>> bodies = Collections.synchronizedMap(new IdentityHashMap<>());

	/**
	 * Whole responses to exact repeats of requests (see
	 * {@link PublicResponseReplayFilter}), least recently used first out.
	 */
	private final Map<PublicResponseReplayFilter.RawRequest, PublicResponseReplayFilter.RecordedResponse> replays;

	/**
	 * Queries asked once since they were last evicted: a result is kept only when its
	 * query comes a second time, so one-off queries (a unique alias each, say) never fill
	 * the cache with results nobody asks for again, nor push out the popular ones.
	 */
	private final Map<Key, Boolean> seenOnce;

	private final long maxBodyBytes;

	private final long maxTotalBodyBytes;

	/** The size of every kept body, guarded by the lock of {@link #entries}. */
	private long totalBodyBytes;

	/**
	 * Bumped on every change, so that a result computed while a change committed is not
	 * stored after the cache was emptied.
	 */
	private final AtomicLong generation = new AtomicLong();

	private final boolean enabled;

	private final Counter hits;

	private final Counter misses;

	private final Counter replayed;

	PublicResponseCache(@Value("${league-tables.graphql.cache.enabled:true}") boolean enabled,
			@Value("${league-tables.graphql.cache.max-entries:500}") int maxEntries,
			@Value("${league-tables.graphql.cache.max-body-size:4MB}") DataSize maxBodySize,
			@Value("${league-tables.graphql.cache.max-total-body-size:64MB}") DataSize maxTotalBodySize,
			MeterRegistry meters) {
		this.enabled = enabled;
		this.maxBodyBytes = maxBodySize.toBytes();
		this.maxTotalBodyBytes = maxTotalBodySize.toBytes();
		this.entries = Collections.synchronizedMap(new LinkedHashMap<>(maxEntries, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<Key, ExecutionResult> eldest) {
				boolean full = size() > maxEntries;
				if (full) {
					forgetBodies(eldest.getValue());
				}
				return full;
			}

		});
		this.seenOnce = leastRecentlyUsed(4 * maxEntries);
		this.replays = leastRecentlyUsed(maxEntries);
		this.hits = Counter.builder("league_tables.graphql.cache.requests")
			.tag("result", "hit")
			.description("Anonymous GraphQL queries answered from the in-memory cache")
			.register(meters);
		this.misses = Counter.builder("league_tables.graphql.cache.requests")
			.tag("result", "miss")
			.description("Anonymous GraphQL queries executed and then cached")
			.register(meters);
		this.replayed = Counter.builder("league_tables.graphql.cache.requests")
			.tag("result", "replay")
			.description("Exact repeats of anonymous GraphQL requests answered with a recorded response")
			.register(meters);
		Gauge.builder("league_tables.graphql.cache.entries", entries, Map::size)
			.description("Results held in the in-memory cache")
			.register(meters);
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Key key = enabled && !request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION) ? key(request) : null;
		if (key == null) {
			return chain.next(request);
		}
		ExecutionResult cached = entries.get(key);
		if (cached != null) {
			hits.increment();
			return Mono
				.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), cached)));
		}
		misses.increment();
		if (seenOnce.put(key, Boolean.TRUE) == null) {
			return chain.next(request);
		}
		long before = generation.get();
		return chain.next(request).doOnNext((response) -> {
			if (response.isValid() && response.getErrors().isEmpty()) {
				ExecutionResult result = response.getExecutionResult();
				synchronized (entries) {
					if (generation.get() == before) {
						entries.put(key, result);
						if (result.getData() != null) {
							bodies.put(result.getData(), new ConcurrentHashMap<>());
						}
					}
				}
			}
		});
	}

	boolean enabled() {
		return enabled;
	}

	/**
	 * The count of changes so far: a response recorded while it changed must not be kept.
	 */
	long generation() {
		return generation.get();
	}

	/** The response recorded for an exact repeat of a request, counted as a replay. */
	PublicResponseReplayFilter.@Nullable RecordedResponse replay(PublicResponseReplayFilter.RawRequest request) {
		var recorded = replays.get(request);
		if (recorded != null) {
			replayed.increment();
		}
		return recorded;
	}

	/**
	 * Keeps a response for repeats of its request, unless data changed since
	 * {@code generationBefore}.
	 */
	void keepReplay(PublicResponseReplayFilter.RawRequest request, PublicResponseReplayFilter.RecordedResponse response,
			long generationBefore) {
		synchronized (replays) {
			if (generation.get() == generationBefore) {
				replays.put(request, response);
			}
		}
	}

	/**
	 * The serialised body of a cached result's data in a media type, serialised once;
	 * null when the data is not that of a cached result or its body is too large to keep
	 * (the result is then dropped from the cache: results that large are cheaper to
	 * compute again than to hold). Kept bodies share a budget; the least recently used
	 * results make room.
	 */
	@Nullable KeptBody body(Object data, MediaType contentType, Supplier<byte[]> serialise) {
		Map<MediaType, KeptBody> byType = bodies.get(data);
		if (byType == null) {
			return null;
		}
		KeptBody kept = byType.get(contentType);
		if (kept != null) {
			return kept;
		}
		KeptBody made = new KeptBody(serialise.get());
		synchronized (entries) {
			if (bodies.get(data) != byType) {
				return null;
			}
			if (made.size() > maxBodyBytes) {
				entries.values().removeIf((result) -> result.getData() == data && forgetBodies(result));
				return null;
			}
			kept = byType.putIfAbsent(contentType, made);
			if (kept != null) {
				return kept;
			}
			totalBodyBytes += made.size();
			var eldestFirst = entries.values().iterator();
			while (totalBodyBytes > maxTotalBodyBytes && eldestFirst.hasNext()) {
				ExecutionResult result = eldestFirst.next();
				if (result.getData() != data) {
					forgetBodies(result);
					eldestFirst.remove();
				}
			}
			return made;
		}
	}

	/**
	 * Drops a result's kept bodies and the recorded responses that use them; called with
	 * the lock of {@link #entries} held. Always true, to serve as a removal condition.
	 */
	private boolean forgetBodies(ExecutionResult result) {
		Map<MediaType, KeptBody> byType = (result.getData() != null) ? bodies.remove(result.getData()) : null;
		if (byType != null && !byType.isEmpty()) {
			Collection<KeptBody> forgotten = byType.values();
			forgotten.forEach((body) -> totalBodyBytes -= body.size());
			synchronized (replays) {
				replays.values().removeIf((recorded) -> forgotten.contains(recorded.body()));
			}
		}
		return true;
	}

	@EventListener
	void publicDataChanged(PublicDataChanged change) {
		generation.incrementAndGet();
		synchronized (entries) {
			entries.clear();
			bodies.clear();
			replays.clear();
			seenOnce.clear();
			totalBodyBytes = 0;
		}
	}

	/** A synchronised map that drops its least recently used entry beyond a size. */
	private static <K, V> Map<K, V> leastRecentlyUsed(int maxEntries) {
		return Collections.synchronizedMap(new LinkedHashMap<>(maxEntries, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
				return size() > maxEntries;
			}

		});
	}

	/** The key of a query; null for anything else or a document that does not parse. */
	private static @Nullable Key key(WebGraphQlRequest request) {
		Document document;
		try {
			document = Parser.parse(request.getDocument());
		}
		catch (InvalidSyntaxException ex) {
			return null;
		}
		boolean onlyQueries = document.getDefinitionsOfType(OperationDefinition.class)
			.stream()
			.allMatch((operation) -> operation.getOperation() == OperationDefinition.Operation.QUERY);
		return onlyQueries ? new Key(AstPrinter.printAstCompact(document), request.getOperationName(),
				Collections.unmodifiableMap(new HashMap<>(request.getVariables()))) : null;
	}

	/** A normalised query with its operation and variables. */
	private record Key(String document, @Nullable String operationName, Map<String, Object> variables) {
	}

}
