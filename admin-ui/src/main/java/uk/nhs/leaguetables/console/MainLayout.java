package uk.nhs.leaguetables.console;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

/**
 * The console's frame: the product name and a navigation built from the views'
 * {@code @Menu} annotations.
 */
@Layout
public final class MainLayout extends AppLayout {

	MainLayout() {
		setPrimarySection(Section.DRAWER);
		H1 title = new H1("NHS League Tables");
		title.addClassName("app-title");
		Span subtitle = new Span("Oversight Framework console");
		subtitle.addClassName("app-subtitle");
		addToNavbar(new DrawerToggle());
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
