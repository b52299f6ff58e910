package io.jadis.provider.query;

import io.jadis.provider.testing.Engine;

class PortableJdqlTest extends JdqlContract {
    @Override
    protected Engine engine() {
        return Engine.PORTABLE;
    }
}
