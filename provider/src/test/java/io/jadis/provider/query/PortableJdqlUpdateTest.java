package io.jadis.provider.query;

import io.jadis.provider.testing.Engine;

class PortableJdqlUpdateTest extends JdqlUpdateContract {
    @Override
    protected Engine engine() {
        return Engine.PORTABLE;
    }

    @Override
    protected long fieldReads() {
        return commandCalls("hget");
    }
}
