package uk.nhs.leaguetables.console;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The console's frame: the product name and a navigation built from the views'
 * {@code @Menu} annotations.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout {

	MainLayout(AuthenticationContext authentication) {
		setPrimarySection(Section.DRAWER);
		H1 title = new H1("NHS League Tables");
		title.addClassName("app-title");
		Span subtitle = new Span("Oversight Framework console");
		subtitle.addClassName("app-subtitle");
		Span user = new Span(authentication.getPrincipalName().orElse(""));
		user.addClassName("signed-in-user");
		Button signOut = new Button("Sign out", (click) -> authentication.logout());
		HorizontalLayout account = new HorizontalLayout(user, signOut);
		account.setAlignItems(FlexComponent.Alignment.CENTER);
		account.addClassName("account");
		addToNavbar(new DrawerToggle(), account);
		addToDrawer(title, subtitle, new Scroller(navigation()));
	}

	private static SideNav navigation() {
		SideNav navigation = new SideNav();
		navigation.setLabel("Main navigation");
		MenuConfiguration.getMenuEntries().forEach((entry) -> navigation.addItem(item(entry)));
		return navigation;
	}

	private static SideNavItem item(MenuEntry entry) {
		return (entry.icon() != null) ? new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()))
				: new SideNavItem(entry.title(), entry.path());
	}

}
