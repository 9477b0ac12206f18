package uk.nhs.leaguetables.submission;

/**
 * A deficit-support flag a submission carries (a {@code DEFICIT_SUPPORT} row that passed
 * the row rules).
 *
 * @param row the row as a spreadsheet numbers it (the header is row 1)
 * @param organisationCode the organisation's ODS code
 * @param receivesDeficitSupport whether it receives deficit support in the submission's
 * quarter (value 1) or not (value 0)
 */
public record DeficitSupportFlag(int row, String organisationCode, boolean receivesDeficitSupport) {
}
