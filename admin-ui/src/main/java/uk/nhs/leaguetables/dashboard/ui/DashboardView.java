package uk.nhs.leaguetables.dashboard.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import uk.nhs.leaguetables.progress.LeagueProgress;
import uk.nhs.leaguetables.progress.ProgressService;

import static uk.nhs.leaguetables.dashboard.ui.NextSteps.plural;

/**
 * The start page: per league the quarter being worked on, its status, what is missing,
 * and what the signed-in user can do about it.
 */
@Route("")
@PageTitle("Dashboard | NHS League Tables")
@Menu(order = 0, title = "Dashboard", icon = "vaadin:dashboard")
@PermitAll
public class DashboardView extends VerticalLayout {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

	DashboardView(ProgressService progress, AuthenticationContext authentication) {
		String username = authentication.getPrincipalName().orElse("");
		Set<String> roles = new HashSet<>(authentication.getGrantedRoles());
		Div leagues = new Div();
		leagues.addClassName("league-cards");
		List<LeagueProgress> current = progress.currentQuarters(LocalDate.now());
		current.forEach((quarter) -> leagues.add(card(quarter, NextSteps.of(quarter, roles, username))));
		add(new H2("Dashboard"),
				new Paragraph(
						current.isEmpty() ? "No reporting period is set up yet."
								: "Where each league's current quarter stands. Signed in as %s (%s)."
									.formatted(username, String.join(", ", roles.stream().sorted().toList()))),
				leagues);
	}

	private static Section card(LeagueProgress quarter, List<NextSteps.Step> steps) {
		String headingId = "league-" + quarter.league().name().toLowerCase(Locale.ROOT);
		H3 heading = new H3(Labels.league(quarter.league()) + ", " + quarter.periodCode());
		heading.setId(headingId);
		Span status = new Span(Labels.status(quarter.status()) + ((quarter.latestRevision() != null)
				? " (latest published revision " + quarter.latestRevision() + ")" : ""));
		status.addClassNames("status", "status-" + quarter.status().name().toLowerCase(Locale.ROOT));
		UnorderedList facts = new UnorderedList(
				new ListItem(quarter.organisationsWithoutData() == 0
						? "All " + plural(quarter.organisations(), "organisation") + " have accepted data"
						: "Missing: " + quarter.organisationsWithoutData() + " of "
								+ plural(quarter.organisations(), "organisation") + " have no accepted data"),
				new ListItem((quarter.submissionsWaiting() == 0) ? "No submission is waiting for a decision"
						: plural(quarter.submissionsWaiting(), "submission") + " waiting for a decision"),
				new ListItem("Last step by "
						+ ((quarter.statusChangedBy() != null) ? quarter.statusChangedBy() : "nobody yet") + ", "
						+ WHEN.format(quarter.statusChangedAt())));
		UnorderedList actions = new UnorderedList();
		steps.forEach((step) -> actions.add(new ListItem(new Anchor(step.location(), step.text()))));
		Paragraph actionHeading = new Paragraph(steps.isEmpty() ? "Nothing needs your action." : "Needs your action:");
		actionHeading.addClassName("action-heading");
		Section card = new Section(heading, status, facts, actionHeading, actions);
		card.addClassName("league-card");
		card.getElement().setAttribute("aria-labelledby", headingId);
		return card;
	}

}
