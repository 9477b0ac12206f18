package uk.nhs.leaguetables.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens on the {@code public_data_changed} channel (migration V8) with a connection of
 * its own and turns each notification into a {@link PublicDataChanged} event, so that
 * every instance behind a load balancer drops its caches when any of them publishes. When
 * the connection breaks it reconnects, and announces a change, since notifications sent
 * meanwhile are lost.
 */
@Component
class PublicDataChangeListener implements SmartLifecycle {

	static final String CHANNEL = "public_data_changed";

	private static final Log logger = LogFactory.getLog(PublicDataChangeListener.class);

	private static final Duration POLL = Duration.ofMillis(500);

	private static final Duration RECONNECT_DELAY = Duration.ofSeconds(2);

	private final DataSource dataSource;

	private final ApplicationEventPublisher events;

	private volatile boolean running;

	private Thread listener;

	PublicDataChangeListener(DataSource dataSource, ApplicationEventPublisher events) {
		this.dataSource = dataSource;
		this.events = events;
	}

	@Override
	public void start() {
		running = true;
		listener = Thread.ofPlatform().daemon().name("public-data-change-listener").start(this::listen);
	}

	@Override
	public void stop() {
		running = false;
		listener.interrupt();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void listen() {
		while (running) {
			try (Connection connection = dataSource.getConnection()) {
				// a session command without a jOOQ DSL; the channel name is a constant
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + CHANNEL);
				}
				if (!connection.getAutoCommit()) {
					connection.commit();
				}
				PGConnection postgres = connection.unwrap(PGConnection.class);
				while (running) {
					PGNotification[] notifications = postgres.getNotifications((int) POLL.toMillis());
					if (notifications != null && notifications.length > 0) {
						events.publishEvent(
								new PublicDataChanged(notifications[notifications.length - 1].getParameter()));
					}
				}
			}
			catch (SQLException ex) {
				if (running) {
					logger.warn("Lost the connection that listens for changes; reconnecting: " + ex.getMessage());
					events.publishEvent(new PublicDataChanged("reconnected: changes may have been missed"));
					pause();
				}
			}
		}
	}

	private void pause() {
		try {
			Thread.sleep(RECONNECT_DELAY);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
