package io.jadis.provider.index;

import io.jadis.provider.testing.Engine;

class PortableIndexTest extends IndexContract {
    @Override
    protected Engine engine() {
        return Engine.PORTABLE;
    }

    @Override
    protected long documentReads() {
        return commandCalls("hgetall");
    }
}
