# The all-in-one service (console + GraphQL API). Build: docker compose build; run: docker compose up.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -Pproduction -DskipTests install

FROM eclipse-temurin:25-jre
# /var/lib/league-tables holds the audit key file (a volume in docker-compose.yml), apart from the database
RUN useradd --system --uid 10001 leaguetables && install -d -o leaguetables -m 700 /var/lib/league-tables
USER leaguetables
COPY --from=build /src/admin-ui/target/nhs-league-tables.jar /app/nhs-league-tables.jar
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --retries=12 CMD ["sh", "-c", "wget -qO- http://localhost:8080/actuator/health/readiness || exit 1"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/nhs-league-tables.jar"]
