package uk.nhs.leaguetables.organisation.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

import uk.nhs.leaguetables.organisation.Organisation;
import uk.nhs.leaguetables.organisation.RegistryChange;

/**
 * An administrator's correction of one registry entry, with a reason; the service checks
 * it and records it in the audit log with the entry before and after.
 */
class RegistryEntryDialog extends Dialog {

	private final Paragraph refusal = new Paragraph();

	/**
	 * @param save saves the change with its reason and returns why it was refused, or
	 * null
	 */
	RegistryEntryDialog(Organisation organisation, List<Organisation.Region> regions, SaveAction save,
			Consumer<String> saved) {
		setHeaderTitle("Edit " + organisation.code() + ": " + organisation.name());
		setWidth("min(40rem, 95vw)");
		RegistryChange current = RegistryChange.of(organisation);
		TextField name = new TextField("Name");
		name.setValue(current.name());
		name.setRequired(true);
		TextField postcode = new TextField("Headquarters postcode");
		postcode.setId("registry-postcode");
		postcode.setValue((current.postcode() != null) ? current.postcode() : "");
		ComboBox<Organisation.Region> region = new ComboBox<>("Region");
		region.setItems(regions);
		region.setItemLabelGenerator(Organisation.Region::name);
		regions.stream()
			.filter((item) -> item.code().equals(current.regionCode()))
			.findFirst()
			.ifPresent(region::setValue);
		TextField icb = new TextField("ICB (ODS code)");
		icb.setValue((current.icbCode() != null) ? current.icbCode() : "");
		DatePicker closeDate = new DatePicker("Closed on");
		closeDate.setValue(current.closeDate());
		TextField successor = new TextField("Successor (ODS code)");
		successor.setValue((current.successorCode() != null) ? current.successorCode() : "");
		successor.setHelperText("The organisation that took over its services");
		TextArea reason = new TextArea("Reason for the change");
		reason.setRequired(true);
		reason.setHelperText("Kept in the audit log with the entry before and after");
		FormLayout form = new FormLayout(name, postcode, region, icb, closeDate, successor);
		form.setColspan(name, 2);

		refusal.addClassName("refusal");
		refusal.getElement().setAttribute("role", "alert");
		refusal.setVisible(false);

		Button confirm = new Button("Save", (click) -> {
			RegistryChange change = new RegistryChange(name.getValue(), blankToNull(postcode.getValue()),
					(region.getValue() != null) ? region.getValue().code() : null, blankToNull(icb.getValue()),
					closeDate.getValue(), blankToNull(successor.getValue()));
			String problem = save.save(change, reason.getValue());
			if (problem == null) {
				close();
				saved.accept("Saved " + organisation.code());
			}
			else {
				refusal.setText(problem);
				refusal.setVisible(true);
			}
		});
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add(refusal, form, reason);
		reason.setWidthFull();
		getFooter().add(new Button("Cancel", (click) -> close()), confirm);
	}

	private static @Nullable String blankToNull(String text) {
		return text.isBlank() ? null : text.strip().toUpperCase(java.util.Locale.ROOT);
	}

	/** Saves a change and returns why it was refused, or null. */
	@FunctionalInterface
	interface SaveAction {

		@Nullable String save(RegistryChange change, String reason);

	}

}
