package uk.nhs.leaguetables.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Demo data is loaded when {@code league-tables.demo.enabled} is true, or when it is not
 * set and the service runs on its embedded database (the out-of-the-box run). A service
 * pointed at a real PostgreSQL never gets demo users unless asked for them.
 */
class DemoDataCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String enabled = context.getEnvironment().getProperty("league-tables.demo.enabled");
		if (StringUtils.hasText(enabled)) {
			return Boolean.parseBoolean(enabled);
		}
		return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
	}

}
