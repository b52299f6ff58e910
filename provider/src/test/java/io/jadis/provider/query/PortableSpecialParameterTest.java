package io.jadis.provider.query;

import io.jadis.provider.testing.Engine;

class PortableSpecialParameterTest extends SpecialParameterContract {
    @Override
    protected Engine engine() {
        return Engine.PORTABLE;
    }
}
