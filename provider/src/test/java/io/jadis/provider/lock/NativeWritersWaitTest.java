package io.jadis.provider.lock;

import io.jadis.provider.testing.Engine;

class NativeWritersWaitTest extends WritersWaitContract {
    @Override
    protected Engine engine() {
        return Engine.NATIVE;
    }
}
