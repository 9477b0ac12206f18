package uk.nhs.leaguetables.security.ui;

import com.vaadin.flow.server.VaadinServletRequest;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import uk.nhs.leaguetables.security.UserAdministrationService.Activation;

/** The full address of an activation link, on the host the administrator is using. */
final class ActivationLinks {

	private ActivationLinks() {
	}

	static String address(Activation activation) {
		return ServletUriComponentsBuilder.fromContextPath(VaadinServletRequest.getCurrent().getHttpServletRequest())
			.path(activation.path())
			.toUriString();
	}

}
