package uk.nhs.leaguetables.submission.demo;

import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * Pseudo-random numbers that depend only on a key (such as organisation and metric), so
 * the demo files come out byte-identical on every run: an FNV-1a hash of the key mixed by
 * SplitMix64, and {@link StrictMath}, whose results (unlike {@link Math}'s) are the same
 * on every platform. {@code java.util.Random} is not used: its Gaussian algorithm is not
 * pinned across JDK versions.
 */
final class DeterministicRandom {

	/** Changing the seed gives a different, equally plausible set of synthetic values. */
	private static final String SEED = "nhs-league-tables-demo-2025";

	private static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;

	private static final long FNV_PRIME = 0x100000001b3L;

	private static final double TWO_TO_THE_53 = 0x1p53;

	private DeterministicRandom() {
	}

	/** Standard normal (mean 0, standard deviation 1), by the Box-Muller transform. */
	static double gaussian(Object... key) {
		double radius = StrictMath.sqrt(-2 * StrictMath.log(uniform(key, "radius")));
		return radius * StrictMath.cos(2 * StrictMath.PI * uniform(key, "angle"));
	}

	/** Uniform in the open interval (0, 1). */
	private static double uniform(Object[] key, String stream) {
		StringJoiner text = new StringJoiner("|").add(SEED);
		for (Object part : key) {
			text.add(String.valueOf(part));
		}
		long bits = splitMix64(fnv1a(text.add(stream).toString()));
		return ((bits >>> 11) + 0.5) / TWO_TO_THE_53;
	}

	private static long fnv1a(String text) {
		long hash = FNV_OFFSET_BASIS;
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			hash ^= (b & 0xff);
			hash *= FNV_PRIME;
		}
		return hash;
	}

	private static long splitMix64(long value) {
		long z = value + 0x9e3779b97f4a7c15L;
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

}
