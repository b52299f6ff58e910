package io.jadis.provider.expiry;

import io.jadis.provider.testing.Engine;

class NativeExpiryTest extends ExpiryContract {
    @Override
    protected Engine engine() {
        return Engine.NATIVE;
    }
}
