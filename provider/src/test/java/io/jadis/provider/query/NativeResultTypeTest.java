package io.jadis.provider.query;

import io.jadis.provider.testing.Engine;

class NativeResultTypeTest extends ResultTypeContract {
    @Override
    protected Engine engine() {
        return Engine.NATIVE;
    }
}
