package io.jadis.provider.lock;

import io.jadis.provider.testing.Engine;

class PortableWritersWaitTest extends WritersWaitContract {
    @Override
    protected Engine engine() {
        return Engine.PORTABLE;
    }
}
