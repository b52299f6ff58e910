package io.jadis.examples.shortener;

import io.jadis.api.KeyPrefix;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A short code and where it leads, with its click analytics. Stored at url:&lt;code&gt;. */
@Entity
@KeyPrefix("url")
public class ShortUrl {
    @Id
    public String code;
    public String url;
    public Instant createdAt;
    public long clicks;
    public List<Instant> recentClicks = new ArrayList<>();

    public ShortUrl() {
    }

    public ShortUrl(String code, String url, Instant createdAt) {
        this.code = code;
        this.url = url;
        this.createdAt = createdAt;
    }
}
