package io.jadis.provider.query;

import io.jadis.provider.testing.Engine;

class NativeStockTest extends StockContract {
    @Override
    protected Engine engine() {
        return Engine.NATIVE;
    }
}
