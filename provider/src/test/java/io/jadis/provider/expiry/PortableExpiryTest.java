package io.jadis.provider.expiry;

import io.jadis.provider.testing.Engine;

class PortableExpiryTest extends ExpiryContract {
    @Override
    protected Engine engine() {
        return Engine.PORTABLE;
    }
}
