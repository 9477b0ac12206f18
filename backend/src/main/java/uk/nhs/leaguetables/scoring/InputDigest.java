package uk.nhs.leaguetables.scoring;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.scoring.input.LeagueInput;
import uk.nhs.leaguetables.scoring.input.ManualSegmentOverride;
import uk.nhs.leaguetables.scoring.input.Observation;
import uk.nhs.leaguetables.scoring.input.OrganisationInput;
import uk.nhs.leaguetables.scoring.input.PreviousResult;
import uk.nhs.leaguetables.scoring.input.RecoverySupport;
import uk.nhs.leaguetables.scoring.rules.FrameworkRules;
import uk.nhs.leaguetables.scoring.rules.ItemCombination;
import uk.nhs.leaguetables.scoring.rules.MetricRule;
import uk.nhs.leaguetables.scoring.rules.PeerPool;
import uk.nhs.leaguetables.scoring.rules.PercentileCaps;
import uk.nhs.leaguetables.scoring.rules.ScoringMethod;
import uk.nhs.leaguetables.scoring.rules.SegmentCutOffs;
import uk.nhs.leaguetables.scoring.rules.SegmentMethod;
import uk.nhs.leaguetables.scoring.rules.ThresholdBand;
import uk.nhs.leaguetables.scoring.rules.TiePosition;

/**
 * The digest a publication stores of its inputs (§8): SHA-256 of a canonical text of the
 * framework rules and the league input. Collections are written sorted by code, strings
 * length-prefixed so that no two inputs share a text, numbers in a fixed form (doubles as
 * {@link Double#toString}, decimals without trailing zeros), so the same inputs in any
 * order give the same digest.
 */
public final class InputDigest {

	/**
	 * The canonical text is hashed in chunks of about this many characters, cut between
	 * entries.
	 */
	private static final int CHUNK = 1 << 16;

	private final StringBuilder canonical = new StringBuilder(CHUNK + 1024);

	private final MessageDigest sha256;

	private InputDigest() {
		try {
			this.sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform provides SHA-256", ex);
		}
	}

	/**
	 * The lowercase hex SHA-256 of the canonical form of {@code rules} and
	 * {@code league}.
	 */
	public static String of(FrameworkRules rules, LeagueInput league) {
		return of(rules, List.of(league));
	}

	/**
	 * The digest of leagues scored together, in league order: each one's table depends on
	 * them all. For one league it is that league's digest.
	 */
	public static String of(FrameworkRules rules, List<LeagueInput> leagues) {
		var digest = new InputDigest();
		digest.write(rules);
		leagues.stream().sorted(Comparator.comparing(LeagueInput::league)).forEach(digest::write);
		digest.hashWritten();
		return HexFormat.of().formatHex(digest.sha256.digest());
	}

	private void write(FrameworkRules rules) {
		entry("framework").text(rules.version())
			.decimal(rules.minimumCoverage())
			.number(rules.bestSegmentInDeficit())
			.optionalText(rules.deficitMetricCode())
			.number(rules.bootstrap().replicates())
			.number(rules.bootstrap().seed());
		// Parameters added with engine 2 are written only when they differ from engine
		// 1's
		// behaviour, so the digests of tables computed before them stay reproducible.
		if (rules.recoverySupportKeepsSegment()) {
			entry("recovery-support-keeps-segment");
		}
		rules.combinations().forEach((item, combination) -> {
			if (combination instanceof ItemCombination.Table table) {
				entry("combination").text(item);
				table.members().forEach(this::text);
				table.scoreByMemberScores().forEach((key, score) -> entry("combined").text(key).number(score));
			}
		});
		switch (rules.segmentMethod()) {
			case SegmentMethod.Quartile quartile -> entry("segments").text("QUARTILE");
			case SegmentMethod.PooledQuartiles pooled -> entry("segments").text("POOLED_QUARTILES");
			case SegmentMethod.Thresholds thresholds -> {
				SegmentCutOffs cutOffs = thresholds.cutOffs();
				entry("segments").text("THRESHOLDS")
					.decimal(cutOffs.segment1UpTo())
					.decimal(cutOffs.segment2UpTo())
					.decimal(cutOffs.segment3UpTo());
			}
		}
		rules.metrics().stream().sorted(Comparator.comparing(MetricRule::code)).forEach(this::write);
	}

	private void write(MetricRule metric) {
		entry("metric").text(metric.code())
			.text(metric.name())
			.text(metric.domain())
			.text(metric.unit())
			.text(metric.direction().name())
			.text(metric.scoredItemCode())
			.text(metric.method().label());
		if (!(metric.peerPool() instanceof PeerPool.OwnLeague)) {
			entry("pool").text(metric.peerPool().label());
		}
		switch (metric.method()) {
			case ScoringMethod.Ranked(TiePosition ties) when ties != TiePosition.MEAN ->
				entry("ties").text(ties.name());
			case ScoringMethod.TargetThenRanked target -> entry("standard").number(target.standard())
				.text(target.boundary().name())
				.number(target.meeting().best())
				.number(target.meeting().worst())
				.number(target.missing().best())
				.number(target.missing().worst());
			case ScoringMethod.Continuous(PercentileCaps caps) when caps != null ->
				entry("caps").number(caps.lowerPercentile()).number(caps.upperPercentile());
			case ScoringMethod.Threshold threshold -> {
				// Bands keep their order: it is part of the rule (best to worst).
				for (ThresholdBand band : threshold.bands()) {
					entry("band").number(band.cutOff()).text(band.boundary().name()).number(band.score());
				}
				entry("otherwise").number(threshold.otherwiseScore());
			}
			case ScoringMethod.Category category ->
				category.scoreByCategory().forEach((name, score) -> entry("category").text(name).number(score));
			default -> {
			}
		}
	}

	private void write(LeagueInput league) {
		entry("league").text(league.league()).text(league.period());
		league.organisations().stream().sorted(Comparator.comparing(OrganisationInput::code)).forEach(this::write);
		sorted(league.previousResults()).forEach(this::write);
	}

	private void write(OrganisationInput organisation) {
		entry("organisation").text(organisation.code()).flag(organisation.declaredInDeficit());
		RecoverySupport recoverySupport = organisation.recoverySupport();
		if (recoverySupport != null) {
			entry("recovery-support").text(recoverySupport.reason());
		}
		ManualSegmentOverride override = organisation.manualOverride();
		if (override != null) {
			entry("manual-override").number(override.segment())
				.text(override.justification())
				.text(override.approver());
		}
		sorted(organisation.observations()).forEach((metric, observation) -> {
			entry("observation").text(metric);
			switch (observation) {
				case Observation.Numeric(double value) -> number(value);
				case Observation.Categorical(String category) -> text(category);
				case Observation.ManualScore(double score, String justification) -> number(score).text(justification);
			}
		});
	}

	private void write(String organisationCode, PreviousResult previous) {
		entry("previous").text(organisationCode).optionalNumber(previous.segment()).optionalNumber(previous.rank());
	}

	private static <V> Map<String, V> sorted(Map<String, V> map) {
		return new TreeMap<>(map);
	}

	private InputDigest entry(String kind) {
		if (canonical.length() >= CHUNK) {
			hashWritten();
		}
		canonical.append('\n').append(kind);
		return this;
	}

	/** Hashing whole entries only, the digest is that of the full text's UTF-8 bytes. */
	private void hashWritten() {
		sha256.update(canonical.toString().getBytes(StandardCharsets.UTF_8));
		canonical.setLength(0);
	}

	private InputDigest text(String text) {
		canonical.append('|').append(text.length()).append(':').append(text);
		return this;
	}

	private InputDigest optionalText(@Nullable String text) {
		return text == null ? absent() : text(text);
	}

	private InputDigest number(double value) {
		canonical.append('|').append(value);
		return this;
	}

	private InputDigest number(long value) {
		canonical.append('|').append(value);
		return this;
	}

	private InputDigest optionalNumber(@Nullable Integer value) {
		return value == null ? absent() : number(value.longValue());
	}

	private InputDigest decimal(BigDecimal value) {
		canonical.append('|').append(value.stripTrailingZeros().toPlainString());
		return this;
	}

	private InputDigest flag(boolean value) {
		canonical.append('|').append(value);
		return this;
	}

	private InputDigest absent() {
		canonical.append("|-");
		return this;
	}

}
