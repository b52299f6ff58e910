package io.jadis.provider.smoke;

import io.jadis.provider.Jadis;
import io.jadis.provider.testing.TestRedis;
import jakarta.data.repository.DataRepository;
import jakarta.data.repository.Delete;
import jakarta.data.repository.Insert;
import jakarta.data.repository.Repository;
import jakarta.data.repository.Save;
import jakarta.data.repository.Update;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SmokeTest {
    @Entity
    public static class Item {
        @Id
        public String id;
        public long count;
        public List<String> tags;
        public Map<String, Integer> meta;
        @Version
        public long version;
    }

    @Repository
    public interface Items extends DataRepository<Item, String> {
        @Insert
        Item add(Item item);

        @Update
        Item change(Item item);

        @Save
        List<Item> store(List<Item> items);

        @Delete
        void remove(Item item);
    }

    @Test
    void roundTrip() {
        try (Jadis jadis = Jadis.builder().url(TestRedis.plainUrl()).build()) {
            Items items = jadis.repository(Items.class);
            Item i = new Item();
            i.id = "a:b";
            i.count = 3;
            i.tags = List.of("x", "y");
            i.meta = Map.of("k.1", 1);
            Item added = items.add(i);
            assertEquals(1, added.version);
            added.count = 4;
            Item changed = items.change(added);
            assertEquals(2, changed.version);
            System.out.println(jadis.redisson().getKeys().getKeysStream().toList());
            System.out.println(jadis.redisson().getMap("Item:a%3Ab", org.redisson.client.codec.StringCodec.INSTANCE).readAllMap());
            items.remove(changed);
        }
    }
}
