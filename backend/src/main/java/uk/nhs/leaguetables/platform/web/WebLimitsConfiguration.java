package uk.nhs.leaguetables.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** The size limit of API request bodies (the console's uploads have their own). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebLimitsConfiguration {

	@Bean
	FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimit(
			@Value("${league-tables.api.max-request-size:2MB}") DataSize maxSize,
			@Value("${league-tables.api.max-authenticated-request-size:16MB}") DataSize maxAuthenticatedSize,
			@Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
		var registration = new FilterRegistrationBean<>(new RequestSizeLimitFilter(maxSize, maxAuthenticatedSize));
		registration.addUrlPatterns(graphQlPath, graphQlPath + "/*", "/exports/*");
		// after the security filters, which establish who the caller is
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

}
