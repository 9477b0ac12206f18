package uk.nhs.leaguetables.leaguetable;

import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.testsupport.DemoLeagueTables;

/**
 * Two published acute tables for the query tests. Published tables are immutable, so they
 * are published once per test run into two quarters no other test uses (2023/24 Q3 and
 * Q4: the demo data of a year later moved back).
 */
final class PublishedAcuteQuarters {

	private static boolean published;

	private PublishedAcuteQuarters() {
	}

	static synchronized void ensure(DemoLeagueTables tables) {
		if (published) {
			return;
		}
		// a year earlier, the North London trust formed in November 2024 did not exist
		// yet
		tables.publish("2023/24 Q3", League.ACUTE, "2024/25 Q3", "G6V2S");
		tables.publish("2023/24 Q4", League.ACUTE, "2024/25 Q4", "G6V2S");
		published = true;
	}

}
