package uk.nhs.leaguetables.console.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * An organisation's rank over the published quarters, rank 1 at the top, with the likely
 * range of its rank as a vertical bar; every point is labelled with its rank and segment
 * in text.
 */
public final class RankTrendChart {

	private static final int WIDTH = 560;

	private static final int HEIGHT = 254;

	private static final int LEFT = 50;

	private static final int TOP = 44;

	private static final int BOTTOM = 204;

	private RankTrendChart() {
	}

	/**
	 * @param id unique on the page
	 * @param title what the chart shows, e.g. "Rank of Airedale NHS FT by quarter"
	 * @param quarters oldest first
	 */
	public static String svg(String id, String title, List<Quarter> quarters) {
		String description = quarters.isEmpty() ? "No published quarter yet."
				: quarters.stream().map(Quarter::describe).collect(Collectors.joining("; ", "", "."));
		SvgDocument svg = new SvgDocument(WIDTH, HEIGHT, title, description);
		int worst = Math.max(2, quarters.stream().mapToInt(Quarter::lowestPlace).max().orElse(2));
		svg.text(WIDTH / 2.0, 16, title, "middle")
			.line(LEFT, TOP, LEFT, BOTTOM, "#4c6272")
			.line(LEFT, BOTTOM, WIDTH - 10, BOTTOM, "#4c6272")
			.text(LEFT - 6, TOP + 4, "1", "end")
			.text(LEFT - 6, BOTTOM, String.valueOf(worst), "end")
			.text(12, (TOP + BOTTOM) / 2.0, "Rank", "start");
		double step = (quarters.size() > 1) ? (WIDTH - LEFT - 60.0) / (quarters.size() - 1) : 0;
		List<double[]> points = new ArrayList<>();
		for (int index = 0; index < quarters.size(); index++) {
			Quarter quarter = quarters.get(index);
			double x = LEFT + 30 + index * step;
			svg.text(x, BOTTOM + 18, quarter.periodCode(), "middle");
			if (quarter.rank() != null) {
				double y = y(quarter.rank(), worst);
				if (quarter.likelyBest() != null && quarter.likelyWorst() != null) {
					svg.line(x, y(quarter.likelyBest(), worst), x, y(quarter.likelyWorst(), worst), "#768692");
				}
				points.add(new double[] { x, y });
				svg.circle(x, y, 5, "#005eb8")
					.text(x, y - 10, "#" + quarter.rank() + " (S" + quarter.segment() + ")", "middle");
			}
			else {
				svg.text(x, BOTTOM - 8, "not ranked", "middle");
			}
		}
		if (points.size() > 1) {
			svg.polyline(points, "#005eb8");
		}
		svg.text(WIDTH / 2.0, HEIGHT - 8, "Quarter (label: rank, S = segment; bar: likely rank range)", "middle");
		return svg.toSvg(id);
	}

	private static double y(int rank, int worst) {
		return TOP + (BOTTOM - TOP) * (rank - 1) / (double) (worst - 1);
	}

	/**
	 * The organisation's place in one published quarter.
	 *
	 * @param periodCode the quarter
	 * @param rank its rank, or null when not ranked
	 * @param segment its segment, or null when not segmented
	 * @param likelyBest the best rank of its likely range, or null
	 * @param likelyWorst the worst rank of its likely range, or null
	 */
	public record Quarter(String periodCode, @Nullable Integer rank, @Nullable Integer segment,
			@Nullable Integer likelyBest, @Nullable Integer likelyWorst) {

		String describe() {
			if (rank == null) {
				return periodCode + " not ranked";
			}
			return periodCode + " rank " + rank
					+ ((likelyBest != null) ? " (likely " + likelyBest + " to " + likelyWorst + ")" : "") + ", segment "
					+ segment;
		}

		int lowestPlace() {
			return Math.max((rank != null) ? rank : 1, (likelyWorst != null) ? likelyWorst : 1);
		}

	}

}
