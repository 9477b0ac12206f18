package uk.nhs.leaguetables.scoring.rules;

/**
 * The position r of the RANKED formula that tied values take (§3): the first of the
 * positions they occupy (competition ranking: NHS England's 2025/26 rows give two tied
 * values 2.60 and the next 2.72), or their mean.
 */
public enum TiePosition {

	FIRST, MEAN

}
