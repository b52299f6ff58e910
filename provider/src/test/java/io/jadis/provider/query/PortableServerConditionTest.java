package io.jadis.provider.query;

import io.jadis.provider.testing.Engine;

class PortableServerConditionTest extends ServerConditionContract {
    @Override
    protected Engine engine() {
        return Engine.PORTABLE;
    }
}
