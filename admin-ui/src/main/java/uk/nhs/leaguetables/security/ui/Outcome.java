package uk.nhs.leaguetables.security.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Runs an account change from a view: a confirmation when it is made, or the service's
 * refusal (naming the field and the rule) in the view's error line.
 */
final class Outcome {

	private Outcome() {
	}

	/** An error line, empty until a change is refused. */
	static Span errorLine(String id) {
		Span error = new Span();
		error.setId(id);
		error.addClassName("form-error");
		error.getElement().setAttribute("role", "alert");
		return error;
	}

	/** Runs the change; true when it was made. */
	static boolean attempt(Span errorLine, Runnable change, String done) {
		errorLine.setText("");
		try {
			change.run();
		}
		catch (IllegalArgumentException ex) {
			errorLine.setText(ex.getMessage());
			return false;
		}
		Notification.show(done, 4000, Notification.Position.TOP_CENTER)
			.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		return true;
	}

}
