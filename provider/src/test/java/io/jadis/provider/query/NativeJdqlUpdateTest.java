package io.jadis.provider.query;

import io.jadis.provider.testing.Engine;

class NativeJdqlUpdateTest extends JdqlUpdateContract {
    @Override
    protected Engine engine() {
        return Engine.NATIVE;
    }

    @Override
    protected long fieldReads() {
        return commandCalls("json.get");
    }
}
