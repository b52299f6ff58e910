package io.jadis.provider.query;

import io.jadis.provider.testing.Engine;

/** The Jdql suite again with secondary indexes off: every query scans, and must answer the same. */
class UnindexedJdqlTest extends JdqlContract {
    @Override
    protected Engine engine() {
        return Engine.PORTABLE_WITHOUT_INDEXES;
    }
}
