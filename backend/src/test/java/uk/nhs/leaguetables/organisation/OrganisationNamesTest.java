package uk.nhs.leaguetables.organisation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationNamesTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					NHS STAFFORDSHIRE AND STOKE-ON-TRENT INTEGRATED CARE BOARD | NHS Staffordshire and Stoke-on-Trent Integrated Care Board
					THE ONLINE NHS TRUST                                       | The Online NHS Trust
					KING'S COLLEGE HOSPITAL NHS FOUNDATION TRUST               | King's College Hospital NHS Foundation Trust
					UNIVERSITY HOSPITALS OF NORTH MIDLANDS NHS TRUST           | University Hospitals of North Midlands NHS Trust
					""")
	void restores_capitalisation_to_ods_names(String odsName, String readable) {
		assertThat(OrganisationNames.readable(odsName)).isEqualTo(readable);
	}

}
