package io.jadis.provider.query;

import io.jadis.provider.testing.Engine;

class NativeMethodNameQueryTest extends MethodNameQueryContract {
    @Override
    protected Engine engine() {
        return Engine.NATIVE;
    }
}
