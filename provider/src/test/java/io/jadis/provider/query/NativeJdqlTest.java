package io.jadis.provider.query;

import io.jadis.provider.testing.Engine;

class NativeJdqlTest extends JdqlContract {
    @Override
    protected Engine engine() {
        return Engine.NATIVE;
    }
}
