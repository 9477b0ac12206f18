package uk.nhs.leaguetables.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Tomcat copies every response through a per-connection write buffer and writes it to the
 * socket one buffer at a time. With its default (8 KB on the heap, which the JDK then
 * copies again into native memory for each write) a published acute table of about 600 KB
 * took over seventy system calls and two copies; 64 KB of native memory per connection
 * takes ten calls and one copy. On two cores that raised cached answers from about 3,200
 * to 5,700 a second, level with nginx serving the same bytes from a file
 * ({@code bench/load.sh}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnClass(TomcatConnectorCustomizer.class)
class TomcatWriteConfiguration {

	@Bean
	TomcatConnectorCustomizer socketWriteBuffer(@Value("${league-tables.web.socket-write-buffer:64KB}") DataSize size) {
		return (connector) -> {
			connector.setProperty("socket.appWriteBufSize", String.valueOf(size.toBytes()));
			connector.setProperty("socket.directBuffer", "true");
		};
	}

}
