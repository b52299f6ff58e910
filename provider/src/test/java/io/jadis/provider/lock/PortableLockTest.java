package io.jadis.provider.lock;

import io.jadis.provider.testing.Engine;

class PortableLockTest extends LockContract {
    @Override
    protected Engine engine() {
        return Engine.PORTABLE;
    }
}
