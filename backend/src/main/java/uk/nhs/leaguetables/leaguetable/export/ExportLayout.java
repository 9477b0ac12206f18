package uk.nhs.leaguetables.leaguetable.export;

import java.util.List;

/**
 * NHS England's two published layouts, with their column names in their order (see
 * docs/exports.md): scripts written against NHS England's files select columns by these
 * names.
 */
enum ExportLayout {

	LEAGUE_TABLE("league-table", "League table",
			List.of("Quarter", "Region", "Trust_type", "Trust_subtype", "Trust_code", "Trust_name",
					"Average_metric_score", "Likely_score_range", "Segment", "In_deficit", "Rank", "Likely_rank_range",
					"In_recovery_support_programme", "Final_segment_score_override", "Segment_1_cut_off",
					"Segment_2_cut_off", "Segment_3_cut_off")),

	TRUST_DATA("trust-data", "Trust data",
			List.of("Quarter", "Region", "Trust_type", "Trust_subtype", "Trust_code", "Trust_name", "Domain",
					"Sub-domain", "Metric_ID", "Metric_description", "Reporting_date", "Units", "Value", "Median_value",
					"Lower_quartile", "Upper_quartile", "Rank"));

	private final String fileName;

	private final String sheetName;

	private final List<String> columns;

	ExportLayout(String fileName, String sheetName, List<String> columns) {
		this.fileName = fileName;
		this.sheetName = sheetName;
		this.columns = columns;
	}

	/** The layout's part of a download's file name, e.g. {@code trust-data}. */
	String fileName() {
		return this.fileName;
	}

	String sheetName() {
		return this.sheetName;
	}

	List<String> columns() {
		return this.columns;
	}

}
