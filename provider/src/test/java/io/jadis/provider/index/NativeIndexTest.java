package io.jadis.provider.index;

import io.jadis.provider.testing.Engine;

class NativeIndexTest extends IndexContract {
    @Override
    protected Engine engine() {
        return Engine.NATIVE;
    }

    @Override
    protected long documentReads() {
        return commandCalls("json.get");
    }
}
