package io.jadis.provider.contract;

import io.jadis.provider.testing.Engine;
import org.redisson.client.codec.StringCodec;

class PortableEngineContractTest extends EngineContract {
    @Override
    protected Engine engine() {
        return Engine.PORTABLE;
    }

    @Override
    protected void writeForeignDocument(String key) {
        jadis.redisson().getMap(key, StringCodec.INSTANCE).put("name", "\"someone else's hash\"");
    }

    @Override
    protected long storedSize(String key) {
        return jadis.redisson().getMap(key, StringCodec.INSTANCE).size();
    }
}
