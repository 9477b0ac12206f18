package uk.nhs.leaguetables.organisation.graphql;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.organisation.Organisation;
import uk.nhs.leaguetables.organisation.OrganisationFilter;
import uk.nhs.leaguetables.organisation.OrganisationKind;
import uk.nhs.leaguetables.organisation.OrganisationOrder;
import uk.nhs.leaguetables.organisation.OrganisationRepository;
import uk.nhs.leaguetables.organisation.TrustType;
import uk.nhs.leaguetables.platform.graphql.Connection;
import uk.nhs.leaguetables.platform.paging.PageRequest;

/**
 * The {@code trusts}, {@code trust} and {@code organisations} queries, and the fields
 * hanging off organisations.
 */
@Controller
class OrganisationController {

	private final OrganisationRepository organisations;

	OrganisationController(OrganisationRepository organisations) {
		this.organisations = organisations;
	}

	@QueryMapping
	Connection<Organisation> trusts(@Argument @Nullable League league, @Argument @Nullable TrustType type,
			@Argument @Nullable String region, @Argument @Nullable String icb, @Argument @Nullable String search,
			@Argument boolean includeClosed, @Argument @Nullable Integer segment,
			@Argument @Nullable String segmentPeriod, @Argument OrganisationOrder orderBy, @Argument int first,
			@Argument @Nullable String after) {
		if ((segment == null) != (segmentPeriod == null)) {
			throw new IllegalArgumentException("segment and segmentPeriod go together: give both or neither");
		}
		OrganisationFilter.SegmentInPeriod inSegment = (segment != null && segmentPeriod != null)
				? new OrganisationFilter.SegmentInPeriod(segment, segmentPeriod) : null;
		return Connection.of(organisations.find(new OrganisationFilter(OrganisationKind.TRUST, league, type, region,
				icb, search, includeClosed, inSegment), orderBy, new PageRequest(first, after)));
	}

	@QueryMapping
	Optional<Organisation> organisation(@Argument String code) {
		return organisations.findByCode(code);
	}

	@QueryMapping
	Optional<Organisation> trust(@Argument String code) {
		return organisations.findByCode(code).filter((organisation) -> organisation.kind() == OrganisationKind.TRUST);
	}

	@QueryMapping
	List<Organisation.Region> regions() {
		return organisations.regions();
	}

	@QueryMapping
	List<Organisation> icbs(@Argument boolean includeClosed) {
		return organisations.findSlice(
				new OrganisationFilter(OrganisationKind.ICB, null, null, null, null, null, includeClosed), 0,
				PageRequest.MAX_PAGE_SIZE);
	}

	@BatchMapping(typeName = "Trust", field = "successor")
	Map<Organisation, Organisation> successor(List<Organisation> trusts) {
		return organisations.forEach(trusts.stream().filter((trust) -> trust.successorCode() != null).toList(),
				Organisation::successorCode);
	}

}
