package uk.nhs.leaguetables.platform.database;

import org.jspecify.annotations.Nullable;

/**
 * Maps between the domain's enums and the jOOQ enums generated from PostgreSQL enum
 * types. Both are spelled alike by design; a missing constant on either side fails loudly
 * rather than mapping to something else.
 */
public final class DatabaseEnums {

	private DatabaseEnums() {
	}

	public static <E extends Enum<E>> E fromDatabase(Enum<?> value, Class<E> domainType) {
		return Enum.valueOf(domainType, value.name());
	}

	public static <D extends Enum<D>> D toDatabase(Enum<?> value, Class<D> databaseType) {
		return Enum.valueOf(databaseType, value.name());
	}

	public static <E extends Enum<E>> @Nullable E fromDatabaseNullable(@Nullable Enum<?> value, Class<E> domainType) {
		return (value != null) ? fromDatabase(value, domainType) : null;
	}

}
