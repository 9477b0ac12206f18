package uk.nhs.leaguetables.scoring.rules;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Whom a metric ranks an organisation against (§3 peer pool): its own league, a named
 * union of leagues, or every organisation of every league scored together. NHS England's
 * published 2025/26 scores need all three: staff engagement ranks within the league,
 * relative difference in costs across non-acute and ambulance trusts together, sickness
 * absence across all trusts.
 */
public sealed interface PeerPool {

	/**
	 * The pool's name as recorded with a calculation, e.g.
	 * {@code LEAGUES:AMBULANCE+NON_ACUTE}.
	 */
	String label();

	/**
	 * Which organisations an organisation of {@code league} is pooled with: a key shared
	 * by every league of its pool.
	 */
	String poolOf(String league);

	/** The organisation's own league (the default). */
	record OwnLeague() implements PeerPool {

		@Override
		public String label() {
			return "LEAGUE";
		}

		@Override
		public String poolOf(String league) {
			return league;
		}

	}

	/**
	 * The named leagues together; a league outside the union is pooled on its own.
	 */
	record Leagues(SortedSet<String> leagues) implements PeerPool {

		public Leagues {
			if (leagues.size() < 2) {
				throw new IllegalArgumentException(
						"a pool of named leagues needs at least two leagues, got " + leagues);
			}
			leagues.forEach(league -> Checks.requireText(league, "league"));
			leagues = Collections.unmodifiableSortedSet(new TreeSet<>(leagues));
		}

		@Override
		public String label() {
			return "LEAGUES:" + String.join("+", leagues);
		}

		@Override
		public String poolOf(String league) {
			return leagues.contains(league) ? label() : league;
		}

	}

	/**
	 * Every organisation with a value, whatever its league, of the leagues scored
	 * together.
	 */
	record AllLeagues() implements PeerPool {

		@Override
		public String label() {
			return "ALL";
		}

		@Override
		public String poolOf(String league) {
			return label();
		}

	}

	/** Reads a {@link #label()}. */
	static PeerPool parse(String label) {
		if (label.equals("LEAGUE")) {
			return new OwnLeague();
		}
		if (label.equals("ALL")) {
			return new AllLeagues();
		}
		if (label.startsWith("LEAGUES:")) {
			return new Leagues(new TreeSet<>(List.of(label.substring("LEAGUES:".length()).split("\\+"))));
		}
		throw new IllegalArgumentException("unknown peer pool " + label + " (LEAGUE, ALL or LEAGUES:A+B)");
	}

}
