package uk.nhs.leaguetables.security;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.github.bucket4j.Bucket;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins (password, HTTP Basic, API token) per account and per client
 * address in Bucket4j buckets, and refuses further attempts for the rest of the window
 * once either has used up its failures, whatever the password. Every name is counted
 * alike, so a refusal says nothing about whether the account exists. The client address
 * is the connection's unless forwarded headers are trusted
 * ({@code server.forward-headers-strategy}), so a client cannot escape its count by
 * sending {@code X-Forwarded-For}.
 */
@Component
public class SignInThrottle {

	/**
	 * The login names {@code app_user} accepts; only such a name can have an account, so
	 * only such names get an account bucket (which also bounds what one key may hold).
	 */
	static final Pattern LOGIN_NAME = Pattern.compile("[a-z0-9._@-]{3,64}");

	private final long accountFailures;

	private final long addressFailures;

	private final Duration window;

	private final Map<String, Bucket> accounts;

	private final Map<String, Bucket> addresses;

	private final Counter refused;

	SignInThrottle(@Value("${league-tables.security.sign-in-throttle.account-failures:10}") long accountFailures,
			@Value("${league-tables.security.sign-in-throttle.address-failures:50}") long addressFailures,
			@Value("${league-tables.security.sign-in-throttle.window:15m}") Duration window,
			@Value("${league-tables.security.sign-in-throttle.max-tracked:100000}") int maxTracked,
			MeterRegistry meters) {
		this.accountFailures = accountFailures;
		this.addressFailures = addressFailures;
		this.window = window;
		this.accounts = boundedMap(maxTracked);
		this.addresses = boundedMap(maxTracked);
		this.refused = Counter.builder("league_tables_sign_ins_refused")
			.description("Sign-in attempts refused unchecked because the account or client address is throttled")
			.register(meters);
	}

	/**
	 * How long until the account or address may try again, or empty when it may try now.
	 * A refusal is counted in the metric {@code league_tables_sign_ins_refused_total}
	 * rather than written to the audit log one row per attempt.
	 */
	public Optional<Duration> refusal(@Nullable String attemptedName, @Nullable String address) {
		long waitNanos = Math.max(waitNanos(accountBucket(attemptedName, false)),
				waitNanos(addressBucket(address, false)));
		if (waitNanos <= 0) {
			return Optional.empty();
		}
		refused.increment();
		return Optional.of(Duration.ofNanos(waitNanos));
	}

	/**
	 * Counts a failed attempt against the account (when the name could be one) and the
	 * address.
	 * @return whether this failure used up the last attempt of either, i.e. whether the
	 * throttle engages now
	 */
	public boolean recordFailure(@Nullable String attemptedName, @Nullable String address) {
		boolean engaged = consume(accountBucket(attemptedName, true));
		return consume(addressBucket(address, true)) || engaged;
	}

	/** The name as an account key, or null when no account can have it. */
	static @Nullable String accountKey(@Nullable String attemptedName) {
		if (attemptedName == null) {
			return null;
		}
		String name = attemptedName.strip().toLowerCase(Locale.ROOT);
		return LOGIN_NAME.matcher(name).matches() ? name : null;
	}

	private @Nullable Bucket accountBucket(@Nullable String attemptedName, boolean create) {
		String key = accountKey(attemptedName);
		return (key != null) ? bucket(accounts, key, accountFailures, create) : null;
	}

	private @Nullable Bucket addressBucket(@Nullable String address, boolean create) {
		return (address != null) ? bucket(addresses, address, addressFailures, create) : null;
	}

	private @Nullable Bucket bucket(Map<String, Bucket> buckets, String key, long failures, boolean create) {
		synchronized (buckets) {
			if (!create) {
				return buckets.get(key);
			}
			Function<String, Bucket> newBucket = (ignored) -> Bucket.builder()
				.addLimit((limit) -> limit.capacity(failures).refillIntervally(failures, window))
				.build();
			return buckets.computeIfAbsent(key, newBucket);
		}
	}

	private static long waitNanos(@Nullable Bucket bucket) {
		if (bucket == null) {
			return 0;
		}
		var estimate = bucket.estimateAbilityToConsume(1);
		return estimate.canBeConsumed() ? 0 : estimate.getNanosToWaitForRefill();
	}

	/** Takes one failure from the bucket; true when none are left afterwards. */
	private static boolean consume(@Nullable Bucket bucket) {
		if (bucket == null) {
			return false;
		}
		var probe = bucket.tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() && probe.getRemainingTokens() == 0;
	}

	/**
	 * Keys by access order, dropping the least recently used beyond the bound, so a flood
	 * of made-up names or addresses cannot exhaust memory.
	 */
	private static Map<String, Bucket> boundedMap(int maxEntries) {
		return new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
				return size() > maxEntries;
			}

		};
	}

}
