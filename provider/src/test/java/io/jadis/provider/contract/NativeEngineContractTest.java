package io.jadis.provider.contract;

import io.jadis.api.JadisException;
import io.jadis.provider.testing.Engine;
import org.junit.jupiter.api.Test;
import org.redisson.api.RScript;
import org.redisson.client.codec.StringCodec;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NativeEngineContractTest extends EngineContract {
    @Override
    protected Engine engine() {
        return Engine.NATIVE;
    }

    @Override
    protected void writeForeignDocument(String key) {
        setJson(key, "{\"name\":\"someone else's document\"}");
    }

    @Test
    void aJsonValueWithoutAWholeNumberRevisionIsNamedWhetherReadAloneOrWithOthers() {
        Specimens specimens = jadis.repository(Specimens.class);
        specimens.saveAll(List.of(specimen("a"), specimen("b"), specimen("c")));
        for (String json : List.of("[1,2]", "\"text\"", "{\"#rev\":\"7\"}", "{\"#rev\":1.5}", "{\"#rev\":null}")) {
            setJson("Specimen:b", json);
            JadisException alone = assertThrows(JadisException.class, () -> specimens.findById("b"), json);
            assertTrue(alone.getMessage().contains("Specimen:b"), alone.getMessage());
            JadisException together = assertThrows(JadisException.class, () -> specimens.findAll().toList(), json);
            assertTrue(together.getMessage().contains("Specimen:b"), together.getMessage());
        }
    }

    private void setJson(String key, String json) {
        jadis.redisson().getScript(StringCodec.INSTANCE).eval(RScript.Mode.READ_WRITE,
                "return redis.call('JSON.SET', KEYS[1], '$', ARGV[1])", RScript.ReturnType.VALUE,
                List.of(key), json);
    }

    @Override
    protected long storedSize(String key) {
        return jadis.redisson().getScript(StringCodec.INSTANCE).<Long>eval(RScript.Mode.READ_ONLY,
                "return redis.call('JSON.OBJLEN', KEYS[1])", RScript.ReturnType.LONG, List.of(key));
    }
}
