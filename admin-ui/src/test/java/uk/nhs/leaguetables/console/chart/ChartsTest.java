package uk.nhs.leaguetables.console.chart;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;

/** The server-drawn charts are well-formed SVG that names and describes itself. */
class ChartsTest {

	@Test
	void the_segment_distribution_says_its_counts_in_words() throws Exception {
		String svg = SegmentDistributionChart.svg("acute", "ACUTE 2025/26 Q1 by segment",
				Map.of(1, 30L, 2, 40L, 3, 35L, 4, 20L), 3);

		Document document = parse(svg);
		assertThat(document.getDocumentElement().getAttribute("role")).isEqualTo("img");
		assertThat(document.getDocumentElement().getAttribute("aria-labelledby")).isEqualTo("acute-title acute-desc");
		assertThat(document.getElementsByTagName("title").item(0).getTextContent())
			.isEqualTo("ACUTE 2025/26 Q1 by segment");
		assertThat(document.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo(
				"Organisations per segment. Segment 1: 30, Segment 2: 40, Segment 3: 35, Segment 4: 20, Segment 5: 0, Not segmented: 3.");
		assertThat(document.getElementsByTagName("rect").getLength()).isEqualTo(6);
	}

	@Test
	void the_rank_trend_labels_every_quarter_and_escapes_names() throws Exception {
		String svg = RankTrendChart.svg("trend", "Rank of Guy's & St Thomas' <NHS FT>",
				List.of(new RankTrendChart.Quarter("2024/25 Q4", 12, 2, 8, 15),
						new RankTrendChart.Quarter("2025/26 Q1", null, null, null, null),
						new RankTrendChart.Quarter("2025/26 Q2", 3, 1, 1, 6)));

		Document document = parse(svg);
		assertThat(document.getElementsByTagName("title").item(0).getTextContent())
			.isEqualTo("Rank of Guy's & St Thomas' <NHS FT>");
		assertThat(document.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo(
				"2024/25 Q4 rank 12 (likely 8 to 15), segment 2; 2025/26 Q1 not ranked; 2025/26 Q2 rank 3 (likely 1 to 6), segment 1.");
		assertThat(svg).contains(">#12 (S2)</text>", ">not ranked</text>", "<polyline");
	}

	private static Document parse(String svg) throws Exception {
		return DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

}
