package io.jadis.provider.query;

import io.jadis.provider.testing.Engine;

class NativeEnumOrderTest extends EnumOrderContract {
    @Override
    protected Engine engine() {
        return Engine.NATIVE;
    }
}
