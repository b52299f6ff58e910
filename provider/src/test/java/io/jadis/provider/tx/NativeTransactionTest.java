package io.jadis.provider.tx;

import io.jadis.provider.testing.Engine;

class NativeTransactionTest extends TransactionContract {
    @Override
    protected Engine engine() {
        return Engine.NATIVE;
    }
}
