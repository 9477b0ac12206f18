package uk.nhs.leaguetables.publication.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import uk.nhs.leaguetables.audit.AuditCheckpoint;
import uk.nhs.leaguetables.audit.AuditService;
import uk.nhs.leaguetables.organisation.League;
import uk.nhs.leaguetables.publication.Publication;
import uk.nhs.leaguetables.publication.PublicationService;

/** Published revisions with their approvals and digests, for staff and auditors. */
@Controller
class PublicationController {

	private final PublicationService publications;

	private final AuditService audit;

	PublicationController(PublicationService publications, AuditService audit) {
		this.publications = publications;
		this.audit = audit;
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

	@BatchMapping(typeName = "TablePublication", field = "auditAnchor")
	Map<Publication, @Nullable AuditCheckpoint> auditAnchor(List<Publication> publications) {
		Map<Long, AuditCheckpoint> anchors = audit
			.publicationCheckpoints(publications.stream().map(Publication::id).toList());
		Map<Publication, @Nullable AuditCheckpoint> byPublication = new HashMap<>();
		publications.forEach((publication) -> byPublication.put(publication, anchors.get(publication.id())));
		return byPublication;
	}

}
