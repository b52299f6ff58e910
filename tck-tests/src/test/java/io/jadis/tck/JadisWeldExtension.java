package io.jadis.tck;

import io.jadis.cdi.JadisExtension;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldJunit5Extension;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * weld-junit5, set up the way an application would deploy the TCK: Jadis' CDI extension, the test
 * class as a bean (its {@code @Inject} fields are how the extension finds the repositories it needs)
 * and {@link TestDatabase}. Nothing else from the test package, so each container only builds the
 * repositories and entities of its own test class.
 */
public class JadisWeldExtension extends WeldJunit5Extension {
    @Override
    protected void weldInit(ExtensionContext context, Weld weld, WeldInitiator.Builder builder) {
        weld.addExtension(new JadisExtension())
                .addBeanClasses(context.getRequiredTestClass(), TestDatabase.class);
    }
}
