package io.jadis.provider.query;

import io.jadis.provider.testing.Engine;

class PortableResultTypeTest extends ResultTypeContract {
    @Override
    protected Engine engine() {
        return Engine.PORTABLE;
    }
}
