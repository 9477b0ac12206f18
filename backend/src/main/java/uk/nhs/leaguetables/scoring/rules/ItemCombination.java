package uk.nhs.leaguetables.scoring.rules;

import java.util.Collections;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How a composite scored item combines its members' scores (§3, composite): their mean,
 * or a table from the members' whole scores to the item's score (combined finance, whose
 * published scores no rounding of the mean reproduces).
 */
public sealed interface ItemCombination {

	String label();

	/**
	 * The item's score from the scores of its members that have one, by metric code (§3,
	 * composites).
	 * @param memberScores at least one member's score
	 */
	double score(SortedMap<String, Double> memberScores);

	/** The mean of the members' scores, summed in metric code order. */
	private static double mean(SortedMap<String, Double> memberScores) {
		return memberScores.values().stream().mapToDouble(Double::doubleValue).sum() / memberScores.size();
	}

	/** The mean of the members that have a score. */
	record Mean() implements ItemCombination {

		@Override
		public String label() {
			return "MEAN";
		}

		@Override
		public double score(SortedMap<String, Double> memberScores) {
			return mean(memberScores);
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

		/**
		 * The table's score when every member is scored and the table has their whole
		 * scores, otherwise the mean of the members' scores.
		 */
		@Override
		public double score(SortedMap<String, Double> memberScores) {
			double mean = mean(memberScores);
			if (memberScores.size() != members.size()) {
				return mean;
			}
			var wholeScores = new ArrayList<Integer>(members.size());
			for (String member : members) {
				Double score = memberScores.get(member);
				if (score == null || score != Math.rint(score)) {
					return mean;
				}
				wholeScores.add(score.intValue());
			}
			return scoreByMemberScores.getOrDefault(key(wholeScores), mean);
		}

		public static String key(List<Integer> memberScores) {
			return String.join("|", memberScores.stream().map(String::valueOf).toList());
		}

	}

}
