package uk.nhs.leaguetables.security.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.security.Role;
import uk.nhs.leaguetables.security.RoleProposal;
import uk.nhs.leaguetables.security.UserAccount;
import uk.nhs.leaguetables.security.UserAdministrationService;
import uk.nhs.leaguetables.security.UserAdministrationService.Activation;

/**
 * Accounts for administrators: create one (its activation link is shown once), grant
 * SUBMITTER or AUDITOR, propose a publication role, confirm or decline another
 * administrator's proposal (or withdraw one's own), revoke roles, disable and enable. The
 * service enforces every rule again, including that nobody changes their own account.
 */
@Route("users")
@PageTitle("Users | NHS League Tables")
@Menu(order = 45, title = "Users", icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

	private final UserAdministrationService administration;

	private final String me;

	private final Grid<UserAccount> accounts = new Grid<>(UserAccount.class, false);

	private final Grid<RoleProposal> proposals = new Grid<>(RoleProposal.class, false);

	private final Div activationLink = new Div();

	private final Span error = Outcome.errorLine("users-error");

	UsersView(UserAdministrationService administration, AuthenticationContext authentication) {
		this.administration = administration;
		this.me = authentication.getPrincipalName().orElse("");
		setSizeFull();
		activationLink.setId("activation-link");

		accounts.setId("accounts");
		accounts.setAriaLabel("Accounts");
		accounts.addColumn(UserAccount::username).setHeader("Username").setAutoWidth(true);
		accounts.addColumn(UserAccount::displayName).setHeader("Name").setFlexGrow(2);
		accounts
			.addColumn((account) -> account.roles().stream().sorted().map(Role::name).collect(Collectors.joining(", ")))
			.setHeader("Roles")
			.setFlexGrow(2);
		accounts.addColumn((account) -> signIn(account.signIn())).setHeader("Signs in").setAutoWidth(true);
		accounts.addColumn((account) -> account.enabled() ? "Enabled" : "Disabled")
			.setHeader("Access")
			.setAutoWidth(true);
		accounts.setHeight("22em");

		proposals.setId("role-proposals");
		proposals.setAriaLabel("Role proposals waiting for a second administrator");
		proposals.addColumn((proposal) -> "#" + proposal.id()).setHeader("Proposal").setAutoWidth(true);
		proposals.addColumn(RoleProposal::username).setHeader("Account").setAutoWidth(true);
		proposals.addColumn(RoleProposal::role).setHeader("Role").setAutoWidth(true);
		proposals.addColumn(RoleProposal::proposedBy).setHeader("Proposed by").setAutoWidth(true);
		proposals.addColumn((proposal) -> WHEN.format(proposal.proposedAt())).setHeader("When").setAutoWidth(true);
		proposals.addColumn((proposal) -> (proposal.reason() != null) ? proposal.reason() : "")
			.setHeader("Reason")
			.setFlexGrow(2);
		proposals.addComponentColumn(this::decisions).setHeader("Decision").setAutoWidth(true);
		proposals.setAllRowsVisible(true);

		add(new H2("Users"), creation(), activationLink, error, new H3("Accounts"), accounts, changes(),
				new H3("Role proposals waiting for a second administrator"),
				new Paragraph("A publication role (PREPARER, APPROVER, ADMIN) is granted when an administrator other "
						+ "than its proposer and its grantee confirms it."),
				proposals);
		refresh();
	}

	private VerticalLayout creation() {
		TextField username = new TextField("Username");
		username.setId("new-username");
		TextField displayName = new TextField("Name");
		displayName.setId("new-display-name");
		TextField organisation = new TextField("Organisation (ODS code, submitters only)");
		CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
		roles.setId("new-roles");
		roles.setItems(Role.values());
		roles.setHelperText("PREPARER, APPROVER and ADMIN are proposed, for another administrator to confirm");
		Checkbox oidcOnly = new Checkbox("Signs in through the identity provider only (no password)");
		Button create = new Button("Create account", (click) -> {
			UserAdministrationService.NewAccount[] created = new UserAdministrationService.NewAccount[1];
			if (Outcome.attempt(error,
					() -> created[0] = administration.create(username.getValue().strip(), displayName.getValue(),
							organisation.getValue().isBlank() ? null : organisation.getValue().strip(),
							oidcOnly.getValue(), roles.getValue()),
					"Account " + username.getValue() + " created")) {
				showActivation(created[0].account().username(), created[0].activation());
				username.clear();
				displayName.clear();
				organisation.clear();
				roles.clear();
				oidcOnly.clear();
				refresh();
			}
		});
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		HorizontalLayout fields = new HorizontalLayout(username, displayName, organisation);
		fields.setWrap(true);
		VerticalLayout form = new VerticalLayout(new H3("New account"), fields, roles, oidcOnly, create);
		form.setPadding(false);
		return form;
	}

	private void showActivation(String username, @Nullable Activation activation) {
		activationLink.removeAll();
		if (activation == null) {
			activationLink.add(new Paragraph(username + " signs in through the identity provider; no link is needed."));
			return;
		}
		Paragraph link = new Paragraph(ActivationLinks.address(activation));
		link.setId("activation-address");
		activationLink.add(new Paragraph("Give this one-time link to " + username + " only, through a channel you "
				+ "trust; it is shown this once and works until "
				+ WHEN.format(activation.expiresAt().atZoneSameInstant(ZoneOffset.UTC))
				+ " UTC for them to choose their password:"), link);
	}

	private HorizontalLayout changes() {
		ComboBox<Role> role = new ComboBox<>("Role");
		role.setId("change-role");
		role.setItems(Role.values());
		TextField reason = new TextField("Reason");
		reason.setId("change-reason");
		Button grant = new Button("Grant or propose", (click) -> onSelected(role, (account, chosen) -> {
			Outcome.attempt(error, () -> {
				if (UserAdministrationService.isPublicationRole(chosen)) {
					administration.propose(account.username(), chosen, reason.getValue());
				}
				else {
					administration.grant(account.username(), chosen, reason.getValue());
				}
			}, UserAdministrationService.isPublicationRole(chosen)
					? chosen + " proposed for " + account.username() + "; another administrator confirms it"
					: chosen + " granted to " + account.username());
		}));
		Button revoke = new Button("Revoke",
				(click) -> onSelected(role,
						(account, chosen) -> Outcome.attempt(error,
								() -> administration.revoke(account.username(), chosen, reason.getValue()),
								chosen + " revoked from " + account.username())));
		Button access = new Button("Disable or enable",
				(click) -> onSelected((account) -> Outcome.attempt(error,
						() -> administration.setEnabled(account.username(), !account.enabled(), reason.getValue()),
						account.username() + (account.enabled() ? " disabled" : " enabled"))));
		Button relink = new Button("New activation link", (click) -> onSelected((account) -> {
			Activation[] activation = new Activation[1];
			if (Outcome.attempt(error, () -> activation[0] = administration.reissueActivation(account.username()),
					"New activation link for " + account.username())) {
				showActivation(account.username(), activation[0]);
			}
		}));
		HorizontalLayout bar = new HorizontalLayout(role, reason, grant, revoke, access, relink);
		bar.setAlignItems(Alignment.BASELINE);
		bar.setWrap(true);
		return bar;
	}

	private void onSelected(ComboBox<Role> role, java.util.function.BiConsumer<UserAccount, Role> change) {
		if (role.getValue() == null) {
			error.setText("role: choose one");
			return;
		}
		onSelected((account) -> change.accept(account, role.getValue()));
	}

	private void onSelected(java.util.function.Consumer<UserAccount> change) {
		UserAccount account = accounts.asSingleSelect().getValue();
		if (account == null) {
			error.setText("username: select an account in the list first");
			return;
		}
		change.accept(account);
		refresh();
	}

	private HorizontalLayout decisions(RoleProposal proposal) {
		HorizontalLayout buttons = new HorizontalLayout();
		if (proposal.proposedBy().equals(me)) {
			buttons
				.add(decision("Withdraw", "Withdrawn", proposal, () -> administration.withdraw(proposal.id(), null)));
		}
		else if (!proposal.username().equals(me)) {
			buttons.add(decision("Confirm", "Confirmed", proposal, () -> administration.confirm(proposal.id(), null)),
					decision("Decline", "Declined", proposal, () -> administration.decline(proposal.id(), null)));
		}
		return buttons;
	}

	private Button decision(String label, String done, RoleProposal proposal, Runnable decide) {
		Button button = new Button(label, (click) -> {
			Outcome.attempt(error, decide, done + ": " + proposal.role() + " for " + proposal.username());
			refresh();
		});
		button.addThemeVariants(ButtonVariant.LUMO_SMALL);
		button.getElement().setAttribute("aria-label", label + " " + proposal.role() + " for " + proposal.username());
		return button;
	}

	private void refresh() {
		UserAccount selected = accounts.asSingleSelect().getValue();
		accounts.setItems(administration.users());
		if (selected != null) {
			accounts.getListDataView()
				.getItems()
				.filter((account) -> account.username().equals(selected.username()))
				.findFirst()
				.ifPresent(accounts::select);
		}
		proposals.setItems(administration.pendingProposals());
	}

	private static String signIn(UserAccount.SignIn signIn) {
		return switch (signIn) {
			case PASSWORD -> "Password";
			case OIDC_ONLY -> "Identity provider";
			case AWAITING_ACTIVATION -> "Awaiting activation";
		};
	}

}
