package io.jadis.provider.query;

import io.jadis.provider.testing.Engine;

class PortableStockTest extends StockContract {
    @Override
    protected Engine engine() {
        return Engine.PORTABLE;
    }
}
