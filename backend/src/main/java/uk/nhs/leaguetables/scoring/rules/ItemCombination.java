package uk.nhs.leaguetables.scoring.rules;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a composite scored item combines its members' scores (§3, composite): their mean,
 * or a table from the members' whole scores to the item's score (combined finance, whose
 * published scores no rounding of the mean reproduces).
 */
public sealed interface ItemCombination {

	String label();

	/** The mean of the members that have a score. */
	record Mean() implements ItemCombination {

		@Override
		public String label() {
			return "MEAN";
		}

	}

	/**
	 * The item's score for each combination of its members' whole scores, members in
	 * {@code members} order, keys written like {@code "1|4"}; an organisation missing a
	 * member, or with a combination the table lacks, scores the mean.
	 */
	record Table(List<String> members, Map<String, Double> scoreByMemberScores) implements ItemCombination {

		public Table {
			members = List.copyOf(members);
			if (members.size() < 2) {
				throw new IllegalArgumentException("a combination table needs at least two members");
			}
			int memberCount = members.size();
			var sorted = new TreeMap<String, Double>();
			scoreByMemberScores.forEach((key, score) -> {
				if (key.split("\\|").length != memberCount) {
					throw new IllegalArgumentException(
							"combination " + key + " does not name " + memberCount + " member scores");
				}
				sorted.put(key, ScoreScale.require(score, "combined score of " + key));
			});
			scoreByMemberScores = Collections.unmodifiableSortedMap(sorted);
		}

		@Override
		public String label() {
			return "TABLE";
		}

		public static String key(List<Integer> memberScores) {
			return String.join("|", memberScores.stream().map(String::valueOf).toList());
		}

	}

}
