package io.jadis.cdi;

import io.jadis.cdi.broken.BrokenClient;
import io.jadis.provider.Jadis;
import io.jadis.provider.testing.TestRedis;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.inject.spi.DeploymentException;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CdiSampleTest {

    @BeforeEach
    void configure() {
        System.setProperty("jadis.url", TestRedis.plainUrl());
    }

    @AfterEach
    void clear() {
        System.clearProperty("jadis.url");
    }

    @Test
    void aBeanGetsItsRepositoryInjected() {
        try (WeldContainer container = new Weld().initialize()) {
            container.select(Jadis.class).get().redisson().getKeys().flushdb();
            Library library = container.select(Library.class).get();
            library.donate("1", "Emma", "Austen");
            library.donate("2", "Persuasion", "Austen");
            library.donate("3", "Ulysses", "Joyce");
            assertEquals(List.of("Emma", "Persuasion"), library.titlesBy("Austen"));
            assertEquals(3, container.select(Books.class).get().findAll().count());
        }
    }

    @Test
    void aRepositoryNoBeanInjectsIsABeanAllTheSameInAnnotatedDiscovery() {
        try (WeldContainer container = new Weld().initialize()) {
            container.select(Jadis.class).get().redisson().getKeys().flushdb();
            container.select(Orders.class).get().insert(new Book("9", "Middlemarch", "Eliot"));
            assertEquals("Middlemarch", CDI.current().select(Orders.class).get().findById("9").orElseThrow().title);
            assertTrue(container.select(Books.class).isResolvable());
        }
    }

    @Test
    void repositoriesMeantForAnotherProviderAreLeftAlone() {
        try (WeldContainer container = new Weld().initialize()) {
            assertTrue(container.select(ForeignRepositories.Catalogue.class).isUnsatisfied());
            assertTrue(container.select(ForeignRepositories.Shelves.class).isUnsatisfied());
        }
    }

    @Test
    void aRepositoryMethodJadisCannotImplementIsADeploymentProblemNamingTheMethod() {
        Weld weld = new Weld().disableDiscovery().addBeanClasses(BrokenClient.class).addExtension(new JadisExtension());
        DeploymentException e = assertThrows(DeploymentException.class, weld::initialize);
        assertTrue(e.getMessage().contains("BrokenRepository.byPublisher(String)"), e.getMessage());
        assertTrue(e.getMessage().contains("publisher"), e.getMessage());
    }
}
