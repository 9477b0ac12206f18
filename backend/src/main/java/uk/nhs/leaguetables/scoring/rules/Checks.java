package uk.nhs.leaguetables.scoring.rules;

/** Argument checks shared by the input and rule records. */
public final class Checks {

	private Checks() {
	}

	public static String requireText(String text, String what) {
		if (text.isBlank()) {
			throw new IllegalArgumentException(what + " must not be blank");
		}
		return text;
	}

	public static double requireFinite(double value, String what) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException(what + " must be a finite number, got " + value);
		}
		return value;
	}

}
