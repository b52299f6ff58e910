package io.jadis.cdi;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@code jadis.*} settings, each from the first source that has it: MicroProfile Config
 * when it is on the classpath, then system properties, then environment variables
 * ({@code jadis.connect-timeout} is {@code JADIS_CONNECT_TIMEOUT}).
 */
final class JadisConfiguration {
    static final List<String> KEYS = List.of("jadis.url", "jadis.engine", "jadis.embedded", "jadis.timeout",
            "jadis.connect-timeout", "jadis.namespace", "jadis.fetch-size", "jadis.defer-invalid-methods",
            "jadis.lock-wait", "jadis.lock-lease", "jadis.indexes", "jadis.transaction-attempts",
            "jadis.transaction-backoff");

    private JadisConfiguration() {
    }

    static Map<String, String> read(ClassLoader loader) {
        Map<String, String> values = new HashMap<>();
        for (String key : KEYS) {
            value(key, loader).ifPresent(v -> values.put(key, v));
        }
        return values;
    }

    private static Optional<String> value(String key, ClassLoader loader) {
        Optional<String> fromConfig = microProfile(key, loader);
        if (fromConfig.isPresent()) {
            return fromConfig;
        }
        String property = System.getProperty(key);
        if (property != null) {
            return Optional.of(property);
        }
        return Optional.ofNullable(System.getenv(environmentName(key)));
    }

    static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** MicroProfile Config is optional: looked up reflectively so that Jadis does not require it. */
    private static Optional<String> microProfile(String key, ClassLoader loader) {
        try {
            Class<?> provider = Class.forName("org.eclipse.microprofile.config.ConfigProvider", true, loader);
            Object config = provider.getMethod("getConfig").invoke(null);
            Method getOptionalValue = config.getClass().getMethod("getOptionalValue", String.class, Class.class);
            @SuppressWarnings("unchecked")
            Optional<String> value = (Optional<String>) getOptionalValue.invoke(config, key, String.class);
            return value;
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }
}
