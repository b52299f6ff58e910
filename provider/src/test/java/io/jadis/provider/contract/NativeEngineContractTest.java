package io.jadis.provider.contract;

import io.jadis.provider.testing.Engine;
import org.redisson.api.RScript;
import org.redisson.client.codec.StringCodec;

import java.util.List;

class NativeEngineContractTest extends EngineContract {
    @Override
    protected Engine engine() {
        return Engine.NATIVE;
    }

    @Override
    protected void writeForeignDocument(String key) {
        jadis.redisson().getScript(StringCodec.INSTANCE).eval(RScript.Mode.READ_WRITE,
                "return redis.call('JSON.SET', KEYS[1], '$', ARGV[1])", RScript.ReturnType.VALUE,
                List.of(key), "{\"name\":\"someone else's document\"}");
    }

    @Override
    protected long storedSize(String key) {
        return jadis.redisson().getScript(StringCodec.INSTANCE).<Long>eval(RScript.Mode.READ_ONLY,
                "return redis.call('JSON.OBJLEN', KEYS[1])", RScript.ReturnType.LONG, List.of(key));
    }
}
