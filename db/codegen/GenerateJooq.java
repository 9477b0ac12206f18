import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step (run by exec-maven-plugin at generate-sources): migrates a throw-away embedded
 * PostgreSQL with the project's Flyway migrations and generates the jOOQ classes from it.
 * jOOQ's DDLDatabase cannot be used because it parses PostgreSQL DDL through H2 and loses
 * triggers, partial indexes, enums and jsonb. Generation is skipped when neither the migrations
 * nor this program changed since the last run.
 *
 * Arguments: migration directory, output directory, target package.
 */
class GenerateJooq {

    public static void main(String[] args) throws Exception {
        Path migrations = Path.of(args[0]);
        Path output = Path.of(args[1]);
        String packageName = args[2];

        Path stamp = output.resolve(".migrations.sha256");
        String fingerprint = fingerprint(migrations);
        if (Files.exists(stamp) && Files.readString(stamp).equals(fingerprint)) {
            System.out.println("[jooq] migrations unchanged, generated classes are up to date");
            return;
        }

        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            Flyway.configure()
                .dataSource(url, "postgres", "postgres")
                .locations("filesystem:" + migrations.toAbsolutePath())
                .load()
                .migrate();

            GenerationTool.generate(new Configuration()
                .withJdbc(new Jdbc().withDriver("org.postgresql.Driver").withUrl(url).withUser("postgres").withPassword("postgres"))
                .withGenerator(new Generator()
                    .withDatabase(new Database()
                        .withName("org.jooq.meta.postgres.PostgresDatabase")
                        .withInputSchema("public")
                        .withExcludes("flyway_schema_history"))
                    .withGenerate(new Generate()
                        .withJavaTimeTypes(true)
                        .withRecords(true)
                        .withPojos(false)
                        .withDeprecated(false)
                        .withGeneratedAnnotation(false))
                    .withTarget(new Target()
                        .withPackageName(packageName)
                        .withDirectory(output.toAbsolutePath().toString()))));
        }
        Files.writeString(stamp, fingerprint);
    }

    private static String fingerprint(Path migrations) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> files = Files.list(migrations)) {
            List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
            for (Path file : sorted) {
                sha256.update(file.getFileName().toString().getBytes());
                sha256.update(Files.readAllBytes(file));
            }
        }
        sha256.update(Files.readAllBytes(migrations.resolveSibling("codegen").resolve("GenerateJooq.java")));
        return HexFormat.of().formatHex(sha256.digest());
    }
}
