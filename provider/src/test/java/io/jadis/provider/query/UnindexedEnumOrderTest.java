package io.jadis.provider.query;

import io.jadis.provider.testing.Engine;

class UnindexedEnumOrderTest extends EnumOrderContract {
    @Override
    protected Engine engine() {
        return Engine.PORTABLE_WITHOUT_INDEXES;
    }
}
