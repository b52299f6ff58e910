package io.jadis.provider.query;

import io.jadis.provider.testing.Engine;

class PortableEnumOrderTest extends EnumOrderContract {
    @Override
    protected Engine engine() {
        return Engine.PORTABLE;
    }
}
