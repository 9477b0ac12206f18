package uk.nhs.leaguetables.publication.graphql;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.publication.Publication;
import uk.nhs.leaguetables.publication.PublicationService;

/** Published revisions with their approvals and digests, for staff and auditors. */
@Controller
class PublicationController {

	private final PublicationService publications;

	PublicationController(PublicationService publications) {
		this.publications = publications;
	}

	@QueryMapping
	@Nullable Publication publication(@Argument String period, @Argument League league, @Argument @Nullable Integer revision) {
		return publications.find(period, league, revision).orElse(null);
	}

	@QueryMapping
	List<Publication> publications(@Argument String period, @Argument League league) {
		return publications.revisions(period, league);
	}

	@SchemaMapping(typeName = "TablePublication", field = "period")
	String period(Publication publication) {
		return publication.periodCode();
	}

	@SchemaMapping(typeName = "TablePublication", field = "preparedAt")
	String preparedAt(Publication publication) {
		return publication.preparedAt().toString();
	}

	@SchemaMapping(typeName = "TablePublication", field = "approvedAt")
	String approvedAt(Publication publication) {
		return publication.approvedAt().toString();
	}

	@SchemaMapping(typeName = "TablePublication", field = "publishedAt")
	String publishedAt(Publication publication) {
		return publication.publishedAt().toString();
	}

}
