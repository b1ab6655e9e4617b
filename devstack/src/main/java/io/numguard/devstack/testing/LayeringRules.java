package io.numguard.devstack.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering every service keeps, written once. A service's test applies them to its own classes:
 *
 * <pre>
 * &#64;AnalyzeClasses(packages = "io.numguard.complaint", importOptions = ImportOption.DoNotIncludeTests.class)
 * class LayeringTest {
 *     &#64;ArchTest static final ArchTests layering = ArchTests.in(LayeringRules.class);
 * }
 * </pre>
 *
 * <p>Package shape (CONVENTIONS.md): {@code io.numguard.<service>.<feature>} holds the feature's domain (records,
 * rules, policies in plain Java); its sub-packages are the roles: {@code rest}, {@code service},
 * {@code persistence}, {@code messaging}, {@code job}. {@code config} and {@code persistence} (a store shared by
 * several features) are the feature-level packages that are framework wiring, not domain.
 */
public final class LayeringRules {

    /** A feature's domain package: exactly one level under the service's root package. */
    static final String DOMAIN = "io.numguard.*.*";

    private static final String[] FRAMEWORK = {
        "io.quarkus..", "jakarta..", "java.sql..", "javax.sql..", "io.agroal..", "org.postgresql..", "org.hibernate.."
    };

    /** JDBC, JPA's query API and the PostgreSQL driver: what writing SQL takes. */
    private static final String[] SQL = {
        "java.sql..", "javax.sql..", "io.agroal..", "org.postgresql..", "jakarta.persistence..", "org.hibernate.."
    };

    private LayeringRules() {}

    @ArchTest
    public static final ArchRule DOMAIN_IS_PLAIN_JAVA = noClasses()
            .that().resideInAPackage(DOMAIN)
            .and().resideOutsideOfPackages("io.numguard.*.config", "io.numguard.*.persistence")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK)
            .as("domain packages are plain Java: no Quarkus, Jakarta, JDBC, Agroal or Hibernate")
            .because("a rule is tested in milliseconds without booting anything (CONVENTIONS.md)");

    @ArchTest
    public static final ArchRule SQL_ONLY_IN_PERSISTENCE = noClasses()
            .that().resideOutsideOfPackage("..persistence..")
            .should().dependOnClassesThat().resideInAnyPackage(SQL)
            .as("SQL, JDBC and JPA only in persistence packages")
            .because("a query has one home: the store of its feature");

    @ArchTest
    public static final ArchRule RESOURCES_CALL_SERVICES = noClasses()
            .that().resideInAPackage("..rest..")
            .should().dependOnClassesThat().resideInAPackage("..persistence..")
            .as("rest resources call services, never persistence")
            .because("the service holds the transaction boundary");

    /**
     * One way to turn framework-free domain objects into beans: CDI producer methods in the service's
     * {@code config.DomainProducers} (or another class of its {@code config} package), never spread over services
     * and jobs, so what is a bean and how it is built from configuration is read in one place.
     */
    @ArchTest
    public static final ArchRule PRODUCERS_ONLY_IN_CONFIG = methods()
            .that().areAnnotatedWith("jakarta.enterprise.inject.Produces")
            .should().beDeclaredInClassesThat().resideInAPackage("io.numguard.*.config")
            .as("CDI producer methods only in the service's config package (config/DomainProducers)")
            .because("domain objects are wired as beans one way in every service (README, Conventions)");
}
