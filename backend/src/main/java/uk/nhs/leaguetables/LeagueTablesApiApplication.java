package uk.nhs.leaguetables;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The public API deployment: GraphQL and exports, without the admin console. */
@SpringBootApplication
public class LeagueTablesApiApplication {

	public static void main(String[] args) {
		Launcher.launch(LeagueTablesApiApplication.class, args);
	}

}
