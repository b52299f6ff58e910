package io.jadis.provider.query;

import io.jadis.provider.testing.Engine;

class PortableMethodNameQueryTest extends MethodNameQueryContract {
    @Override
    protected Engine engine() {
        return Engine.PORTABLE;
    }
}
