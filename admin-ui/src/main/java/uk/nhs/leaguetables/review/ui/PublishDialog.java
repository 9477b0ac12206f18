package uk.nhs.leaguetables.review.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.dashboard.ui.Labels;
import uk.nhs.leaguetables.leaguetable.DraftTable;

/**
 * Confirms what an approval publishes: the quarter, league, size and digests of the
 * draft; a correction of a published table asks for its reason. The service decides; a
 * refusal (four eyes, a changed table) is shown here in its own words.
 */
class PublishDialog extends Dialog {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

	private final Paragraph refusal = new Paragraph();

	/**
	 * @param publish publishes with the correction reason (null for a first publication)
	 * and returns a refusal, or null when it published
	 */
	PublishDialog(DraftTable draft, int rowCount, int revision, PublishAction publish, Consumer<String> published) {
		setHeaderTitle("Approve and publish " + draft.period() + " " + Labels.league(draft.league()));
		setWidth("min(44rem, 95vw)");
		DescriptionList facts = new DescriptionList();
		fact(facts, "Quarter", draft.period());
		fact(facts, "League", Labels.league(draft.league()));
		fact(facts, "Revision", (revision == 1) ? "1 (first publication)" : revision + " (a correction)");
		fact(facts, "Rows", String.valueOf(rowCount));
		fact(facts, "Framework", draft.frameworkVersion());
		fact(facts, "Prepared by", draft.computedBy() + ", " + WHEN.format(draft.computedAt()));
		fact(facts, "Input digest (SHA-256)", draft.inputDigest()).addClassName("digest");
		fact(facts, "Output digest (SHA-256)", draft.outputDigest()).addClassName("digest");
		facts.addClassName("publish-facts");

		TextArea reason = new TextArea("Reason for the correction");
		reason.setRequired(true);
		reason.setWidthFull();
		reason.setVisible(revision > 1);
		reason.setHelperText("Published with the revision for everyone to read");

		refusal.addClassName("refusal");
		refusal.getElement().setAttribute("role", "alert");
		refusal.setVisible(false);

		Button confirm = new Button("Publish revision " + revision, (click) -> {
			String problem = publish.publish((revision > 1) ? reason.getValue() : null);
			if (problem == null) {
				close();
				published.accept(
						"Published " + draft.period() + " " + Labels.league(draft.league()) + " revision " + revision);
			}
			else {
				refusal.setText(problem);
				refusal.setVisible(true);
			}
		});
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button cancel = new Button("Cancel", (click) -> close());
		// the refusal comes first so that it is seen without scrolling
		add(refusal,
				new Paragraph("Check that this is the table you reviewed. Publishing makes it public and immutable."),
				facts, reason);
		getFooter().add(cancel, confirm);
	}

	private static DescriptionList.Description fact(DescriptionList facts, String term, String description) {
		DescriptionList.Description value = new DescriptionList.Description(description);
		facts.add(new DescriptionList.Term(term), value);
		return value;
	}

	/** Publishes and returns why it was refused, or null. */
	@FunctionalInterface
	interface PublishAction {

		@Nullable String publish(@Nullable String correctionReason);

	}

}
