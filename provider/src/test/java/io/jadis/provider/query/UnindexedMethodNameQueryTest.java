package io.jadis.provider.query;

import io.jadis.provider.testing.Engine;

/** The MethodNameQuery suite again with secondary indexes off: every query scans, and must answer the same. */
class UnindexedMethodNameQueryTest extends MethodNameQueryContract {
    @Override
    protected Engine engine() {
        return Engine.PORTABLE_WITHOUT_INDEXES;
    }
}
