package io.jadis.provider.atomic;

import io.jadis.provider.testing.Engine;

class NativeAtomicTest extends AtomicContract {
    @Override
    protected Engine engine() {
        return Engine.NATIVE;
    }
}
