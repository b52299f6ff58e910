package io.jadis.provider.query;

import io.jadis.provider.testing.Engine;

class NativeSpecialParameterTest extends SpecialParameterContract {
    @Override
    protected Engine engine() {
        return Engine.NATIVE;
    }
}
