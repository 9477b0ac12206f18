package uk.nhs.leaguetables.review.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.publication.domain.SegmentDecisionKind;
import uk.nhs.leaguetables.publication.domain.SegmentDecisionRules;

/**
 * An approver's segment decision about one organisation: the Recovery Support Programme
 * (segment 5) or a manual override to segment 1 to 4, always with a justification. The
 * service decides whether it may be taken and discards the draft it makes out of date.
 */
class SegmentDecisionDialog extends Dialog {

	private final Paragraph refusal = new Paragraph();

	/**
	 * @param record records the decision and returns why it was refused, or null
	 */
	SegmentDecisionDialog(String organisationName, String periodCode, RecordAction record, Consumer<String> recorded) {
		setHeaderTitle("Segment decision: " + organisationName + ", " + periodCode);
		setWidth("min(36rem, 95vw)");
		RadioButtonGroup<SegmentDecisionKind> kind = new RadioButtonGroup<>("Decision");
		kind.setItems(SegmentDecisionKind.values());
		kind.setItemLabelGenerator((item) -> (item == SegmentDecisionKind.RECOVERY_SUPPORT)
				? "Recovery Support Programme (segment 5)" : "Manual override of the segment");
		kind.setValue(SegmentDecisionKind.MANUAL_OVERRIDE);
		kind.setRequired(true);
		Select<Integer> segment = new Select<>();
		segment.setLabel("Segment (1 best, 4 worst)");
		segment.setItems(1, 2, 3, 4);
		segment.setValue(3);
		kind.addValueChangeListener(
				(event) -> segment.setEnabled(event.getValue() == SegmentDecisionKind.MANUAL_OVERRIDE));
		TextArea justification = new TextArea("Justification");
		justification.setRequired(true);
		justification.setMinLength(SegmentDecisionRules.MINIMUM_JUSTIFICATION_LENGTH);
		justification.setWidthFull();
		justification.setHelperText("At least " + SegmentDecisionRules.MINIMUM_JUSTIFICATION_LENGTH
				+ " characters; published in the organisation's explanation and kept in the audit log");

		refusal.addClassName("refusal");
		refusal.getElement().setAttribute("role", "alert");
		refusal.setVisible(false);

		Button confirm = new Button("Record decision", (click) -> {
			SegmentDecisionKind chosen = kind.getValue();
			String problem = record.record(chosen,
					(chosen == SegmentDecisionKind.MANUAL_OVERRIDE) ? segment.getValue() : null,
					justification.getValue());
			if (problem == null) {
				close();
				recorded.accept("Segment decision recorded for " + organisationName
						+ "; the draft was discarded: recalculate the table");
			}
			else {
				refusal.setText(problem);
				refusal.setVisible(true);
			}
		});
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add(refusal, new Paragraph("The next calculation applies the decision; a draft waiting for approval is "
				+ "discarded and the table goes back to locked data."), kind, segment, justification);
		getFooter().add(new Button("Cancel", (click) -> close()), confirm);
	}

	/** Records the decision and returns why it was refused, or null. */
	@FunctionalInterface
	interface RecordAction {

		@Nullable String record(SegmentDecisionKind kind, @Nullable Integer segment, String justification);

	}

}
