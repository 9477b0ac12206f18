package uk.nhs.leaguetables.console;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The console's security: form login for NHS England staff (and OIDC sign-in when a
 * provider is configured under {@code spring.security.oauth2.client}), and every view
 * checked against its access annotation on the server (a hidden menu item is never the
 * only protection). The API's own chain comes first and takes the API paths.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ConsoleSecurityConfiguration {

	@Bean
	@Order(2)
	SecurityFilterChain consoleSecurity(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidcProviders,
			OidcAccountService oidcAccounts) throws Exception {
		if (oidcProviders.getIfAvailable() != null) {
			http.oauth2Login((login) -> login.loginPage("/login")
				.userInfoEndpoint((userInfo) -> userInfo.oidcUserService(oidcAccounts)));
		}
		return http.with(VaadinSecurityConfigurer.vaadin(), (vaadin) -> vaadin.loginView(LoginView.class)).build();
	}

}
