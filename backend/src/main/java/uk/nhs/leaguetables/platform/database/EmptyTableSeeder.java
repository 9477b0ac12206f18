package uk.nhs.leaguetables.platform.database;

import org.jooq.DSLContext;
import org.jooq.Table;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds data that every installation needs (reference data, framework catalogues) before
 * the application takes requests, in one transaction, and only while the table it fills
 * is empty: once seeded, the data belongs to its administrators, not to the seed files. A
 * seeder may also {@linkplain #topUp() add} rows that later seed files bring, without
 * touching the rows already there.
 */
public abstract class EmptyTableSeeder implements SmartInitializingSingleton {

	protected final DSLContext dsl;

	private final TransactionTemplate transaction;

	private final Table<?> seededTable;

	protected EmptyTableSeeder(DSLContext dsl, TransactionTemplate transaction, Table<?> seededTable) {
		this.dsl = dsl;
		this.transaction = transaction;
		this.seededTable = seededTable;
	}

	@Override
	public final void afterSingletonsInstantiated() {
		transaction.executeWithoutResult((status) -> {
			if (!dsl.fetchExists(seededTable)) {
				seed();
			}
			topUp();
		});
	}

	/**
	 * Runs at every start, after the seeding: adds what is missing (never changes what is
	 * there). Does nothing unless a seeder overrides it.
	 */
	protected void topUp() {
	}

	/** Fills the empty table and whatever belongs with it. */
	protected abstract void seed();

}
