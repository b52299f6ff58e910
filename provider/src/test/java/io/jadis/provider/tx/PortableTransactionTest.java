package io.jadis.provider.tx;

import io.jadis.provider.testing.Engine;

class PortableTransactionTest extends TransactionContract {
    @Override
    protected Engine engine() {
        return Engine.PORTABLE;
    }
}
