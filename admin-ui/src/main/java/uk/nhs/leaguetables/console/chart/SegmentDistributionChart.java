package uk.nhs.leaguetables.console.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How many organisations a table placed in each segment, as bars labelled with their
 * counts (the numbers are text, not only bar heights).
 */
public final class SegmentDistributionChart {

	private static final int WIDTH = 420;

	private static final int HEIGHT = 220;

	private static final int AXIS_Y = 180;

	private static final int TOP = 40;

	private SegmentDistributionChart() {
	}

	/**
	 * @param id unique on the page
	 * @param title what the chart shows, e.g. "ACUTE 2025/26 Q1 draft by segment"
	 * @param organisationsBySegment counts keyed by segment 1 (best) to 5 (Recovery
	 * Support Programme)
	 * @param notSegmented organisations the table did not segment
	 */
	public static String svg(String id, String title, Map<Integer, Long> organisationsBySegment, long notSegmented) {
		List<Bar> bars = new ArrayList<>();
		for (int segment = 1; segment <= 5; segment++) {
			bars.add(new Bar(String.valueOf(segment), "Segment " + segment,
					organisationsBySegment.getOrDefault(segment, 0L)));
		}
		bars.add(new Bar("none", "Not segmented", notSegmented));
		String description = bars.stream()
			.map((bar) -> bar.name() + ": " + bar.count())
			.collect(Collectors.joining(", ", "Organisations per segment. ", "."));
		SvgDocument svg = new SvgDocument(WIDTH, HEIGHT, title, description);
		long highest = Math.max(1, bars.stream().mapToLong(Bar::count).max().orElse(1));
		double slot = (WIDTH - 40.0) / bars.size();
		svg.text(WIDTH / 2.0, 16, title, "middle").line(30, AXIS_Y, WIDTH - 10, AXIS_Y, "#4c6272");
		for (int index = 0; index < bars.size(); index++) {
			Bar bar = bars.get(index);
			double barHeight = (AXIS_Y - TOP) * bar.count() / (double) highest;
			double centre = 30 + (index + 0.5) * slot;
			svg.rect(centre - slot * 0.35, AXIS_Y - barHeight, slot * 0.7, barHeight, "#005eb8")
				.text(centre, AXIS_Y - barHeight - 6, String.valueOf(bar.count()), "middle")
				.text(centre, AXIS_Y + 18, bar.label(), "middle");
		}
		svg.text(WIDTH / 2.0, HEIGHT - 6, "Segment (1 best, 5 Recovery Support Programme)", "middle");
		return svg.toSvg(id);
	}

	private record Bar(String label, String name, long count) {
	}

}
