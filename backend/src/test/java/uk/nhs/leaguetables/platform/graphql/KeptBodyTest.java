package uk.nhs.leaguetables.platform.graphql;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeptBodyTest {

	@Test
	void gzip_is_accepted_when_listed_without_a_zero_quality() {
		assertThat(KeptBody.acceptsGzip("gzip")).isTrue();
		assertThat(KeptBody.acceptsGzip("br, GZIP;q=0.5")).isTrue();
		assertThat(KeptBody.acceptsGzip("deflate, gzip ; q=1")).isTrue();
	}

	@Test
	void gzip_is_refused_when_absent_or_given_zero_quality() {
		assertThat(KeptBody.acceptsGzip(null)).isFalse();
		assertThat(KeptBody.acceptsGzip("br, deflate")).isFalse();
		assertThat(KeptBody.acceptsGzip("gzip;q=0")).isFalse();
		assertThat(KeptBody.acceptsGzip("gzip; q=0.000")).isFalse();
		assertThat(KeptBody.acceptsGzip("x-gzip")).isFalse();
	}

}
