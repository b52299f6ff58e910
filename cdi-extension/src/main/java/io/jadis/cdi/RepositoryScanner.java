package io.jadis.cdi;

import jakarta.data.repository.Repository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the {@code @Repository} interfaces of the bean archives on a class path: every folder or jar
 * with a {@code META-INF/beans.xml} whose discovery mode is not {@code none}, without the classes its
 * {@code <scan><exclude name="…"/>} filters leave out. CDI discovers only types with a bean-defining
 * annotation in the default {@code annotated} mode, and an interface is never one, so a repository no
 * bean injects would otherwise not exist for {@code CDI.current().select(…)} or {@code Instance}.
 */
final class RepositoryScanner {
    private static final byte[] ANNOTATION = ("L" + Repository.class.getName().replace('.', '/') + ";")
            .getBytes(StandardCharsets.UTF_8);
    private static final Pattern NONE = Pattern.compile("bean-discovery-mode\\s*=\\s*[\"']none[\"']");
    private static final Pattern EXCLUDE = Pattern.compile("<exclude\\s+name\\s*=\\s*[\"']([^\"']+)[\"']");

    private RepositoryScanner() {
    }

    static Set<Class<?>> find(ClassLoader loader) {
        Set<Class<?>> found = new LinkedHashSet<>();
        try {
            Enumeration<URL> descriptors = loader.getResources("META-INF/beans.xml");
            while (descriptors.hasMoreElements()) {
                URL descriptor = descriptors.nextElement();
                String beansXml = read(descriptor);
                if (NONE.matcher(beansXml).find()) {
                    continue;
                }
                List<String> excluded = excludes(beansXml);
                for (String name : classNames(descriptor)) {
                    if (!isExcluded(name, excluded)) {
                        repository(name, loader).ifPresent(found::add);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Jadis could not read the bean archives to find @Repository interfaces", e);
        }
        return found;
    }

    /** The class names of the archive whose {@code META-INF/beans.xml} is at {@code descriptor}, whose files name the annotation. */
    private static List<String> classNames(URL descriptor) throws IOException {
        List<String> names = new ArrayList<>();
        if ("jar".equals(descriptor.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) descriptor.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                    JarEntry entry = entries.nextElement();
                    if (isClass(entry.getName())) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            if (mentionsAnnotation(in.readAllBytes())) {
                                names.add(className(entry.getName()));
                            }
                        }
                    }
                }
            }
        } else if ("file".equals(descriptor.getProtocol())) {
            Path root = path(descriptor).getParent().getParent();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    String relative = root.relativize(file).toString().replace('\\', '/');
                    if (isClass(relative) && mentionsAnnotation(Files.readAllBytes(file))) {
                        names.add(className(relative));
                    }
                }
            }
        }
        return names;
    }

    private static Optional<Class<?>> repository(String name, ClassLoader loader) {
        try {
            Class<?> type = Class.forName(name, false, loader);
            return type.isInterface() && type.isAnnotationPresent(Repository.class) ? Optional.of(type)
                    : Optional.empty();
        } catch (ClassNotFoundException | LinkageError e) {
            // A class of the archive that cannot load here is nothing Jadis could implement.
            return Optional.empty();
        }
    }

    /** CDI's exclude filters: {@code a.b.C}, {@code a.b.*} (the package) and {@code a.b.**} (and below). */
    private static boolean isExcluded(String className, List<String> excludes) {
        String pkg = className.contains(".") ? className.substring(0, className.lastIndexOf('.')) : "";
        for (String filter : excludes) {
            if (filter.endsWith(".**") ? pkg.equals(filter.substring(0, filter.length() - 3))
                    || pkg.startsWith(filter.substring(0, filter.length() - 2))
                    : filter.endsWith(".*") ? pkg.equals(filter.substring(0, filter.length() - 2))
                    : className.equals(filter)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> excludes(String beansXml) {
        List<String> out = new ArrayList<>();
        Matcher m = EXCLUDE.matcher(beansXml.replaceAll("(?s)<!--.*?-->", ""));
        while (m.find()) {
            out.add(m.group(1).trim());
        }
        return out;
    }

    private static boolean isClass(String path) {
        return path.endsWith(".class") && !path.endsWith("module-info.class") && !path.endsWith("package-info.class")
                && !path.startsWith("META-INF/");
    }

    private static String className(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }

    /** Whether a class file names the annotation at all: a cheap filter before loading it. */
    private static boolean mentionsAnnotation(byte[] classFile) {
        outer:
        for (int i = 0; i <= classFile.length - ANNOTATION.length; i++) {
            for (int j = 0; j < ANNOTATION.length; j++) {
                if (classFile[i + j] != ANNOTATION[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path path(URL url) throws IOException {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IOException("Not a file: " + url, e);
        }
    }
}
