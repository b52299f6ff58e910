package io.jadis.provider.atomic;

import io.jadis.provider.testing.Engine;

class PortableAtomicTest extends AtomicContract {
    @Override
    protected Engine engine() {
        return Engine.PORTABLE;
    }
}
