package io.jadis.provider.lock;

import io.jadis.provider.testing.Engine;

class NativeLockTest extends LockContract {
    @Override
    protected Engine engine() {
        return Engine.NATIVE;
    }
}
