package io.jadis.provider.internal.connect;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A parsed {@code redis://} or {@code rediss://} URL:
 * {@code redis[s]://[[user]:password@]host[:port][/database]}.
 */
public record RedisUrl(boolean tls, String host, int port, String user, String password, int database) {

    public static RedisUrl parse(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Invalid Redis URL '" + redact(url) + "': " + e.getMessage(), e);
        }
        String scheme = uri.getScheme();
        if (!"redis".equals(scheme) && !"rediss".equals(scheme)) {
            throw new IllegalArgumentException("Invalid Redis URL '" + redact(url)
                    + "': the scheme must be redis:// or rediss://");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("Invalid Redis URL '" + redact(url) + "': no host");
        }
        String user = null;
        String password = null;
        String info = uri.getRawUserInfo();
        if (info != null) {
            int colon = info.indexOf(':');
            if (colon < 0) {
                password = decode(info);
            } else {
                user = colon == 0 ? null : decode(info.substring(0, colon));
                password = decode(info.substring(colon + 1));
            }
        }
        int database = 0;
        String path = uri.getPath();
        if (path != null && path.length() > 1) {
            try {
                database = Integer.parseInt(path.substring(1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Invalid Redis URL '" + redact(url)
                        + "': the path must be a database number, not " + path);
            }
        }
        return new RedisUrl("rediss".equals(scheme), uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort(),
                user, password, database);
    }

    /** The address Redisson connects to, without credentials. */
    public String address() {
        return (tls ? "rediss://" : "redis://") + host + ":" + port;
    }

    /** The URL without its password, for logs and error messages. */
    @Override
    public String toString() {
        return address() + (database == 0 ? "" : "/" + database);
    }

    static String redact(String url) {
        return url.replaceAll("//[^@/]*@", "//***@");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
