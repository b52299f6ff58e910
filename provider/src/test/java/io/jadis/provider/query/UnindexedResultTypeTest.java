package io.jadis.provider.query;

import io.jadis.provider.testing.Engine;

/** The ResultType suite again with secondary indexes off: every query scans, and must answer the same. */
class UnindexedResultTypeTest extends ResultTypeContract {
    @Override
    protected Engine engine() {
        return Engine.PORTABLE_WITHOUT_INDEXES;
    }
}
