package uk.nhs.leaguetables.console;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

import uk.nhs.leaguetables.Launcher;
import uk.nhs.leaguetables.LeagueTablesApiApplication;

/**
 * The all-in-one deployment: the admin console and the public GraphQL API in one service.
 * It scans every feature of the backend, but not the API-only application class, which
 * would configure the context a second time. The auto-configuration package is the
 * product's root so that Vaadin finds the views in every feature's {@code ui} package.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@AutoConfigurationPackage(basePackages = "uk.nhs.leaguetables")
@ComponentScan(basePackages = "uk.nhs.leaguetables",
		excludeFilters = { @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
				@ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
				@ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = LeagueTablesApiApplication.class) })
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@PWA(name = "NHS League Tables console", shortName = "League Tables")
public class LeagueTablesConsoleApplication implements AppShellConfigurator {

	public static void main(String[] args) {
		Launcher.launch(LeagueTablesConsoleApplication.class, args);
	}

}
