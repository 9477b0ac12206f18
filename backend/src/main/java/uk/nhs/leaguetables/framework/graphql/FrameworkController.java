package uk.nhs.leaguetables.framework.graphql;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import uk.nhs.leaguetables.framework.FrameworkCatalogue;
import uk.nhs.leaguetables.framework.FrameworkRepository;
import uk.nhs.leaguetables.organisation.League;

/**
 * The reference queries: framework versions, their metrics, reporting periods and the
 * segment definitions.
 */
@Controller
class FrameworkController {

	/** Methodology section 5: what each segment means. */
	private static final List<SegmentDefinition> SEGMENTS = List.of(
			new SegmentDefinition(1, "Segment 1", "The best performers of the league; the most autonomy."),
			new SegmentDefinition(2, "Segment 2", "Good performance with some areas to improve."),
			new SegmentDefinition(3, "Segment 3",
					"Significant areas to improve; also the best an organisation in financial deficit can be placed."),
			new SegmentDefinition(4, "Segment 4", "The most serious concerns among scored organisations."),
			new SegmentDefinition(5, "Segment 5 (Recovery Support Programme)",
					"Placed by a recorded decision for intensive support, whatever the score."));

	private final FrameworkRepository frameworks;

	FrameworkController(FrameworkRepository frameworks) {
		this.frameworks = frameworks;
	}

	@QueryMapping
	List<FrameworkCatalogue.Version> frameworkVersions() {
		return frameworks.versions();
	}

	@QueryMapping
	List<FrameworkCatalogue.Metric> metrics(@Argument String framework, @Argument @Nullable League league) {
		return frameworks.metrics(framework, league);
	}

	@QueryMapping
	List<FrameworkCatalogue.Period> periods() {
		return frameworks.periods();
	}

	@QueryMapping
	List<SegmentDefinition> segments() {
		return SEGMENTS;
	}

	/** What a segment means. */
	record SegmentDefinition(int segment, String name, String description) {
	}

}
