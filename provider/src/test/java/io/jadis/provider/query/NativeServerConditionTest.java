package io.jadis.provider.query;

import io.jadis.provider.testing.Engine;

class NativeServerConditionTest extends ServerConditionContract {
    @Override
    protected Engine engine() {
        return Engine.NATIVE;
    }
}
