package io.jadis.cdi;

import io.jadis.api.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** A second bean, so that calls from Bank go through the interceptor. */
@ApplicationScoped
public class Auditor {
    @Inject
    Accounts accounts;

    @Inject
    Transactions transactions;

    /** Counts an audit on account 999 in its own transaction, whatever the caller's fate. */
    @Transactional(TxType.REQUIRES_NEW)
    public void record(long id) {
        Account audit = accounts.findById(999L).orElseGet(() -> new Account(999, 0));
        audit.balance++;
        accounts.save(audit);
    }

    @Transactional(TxType.NEVER)
    public void never() {
    }

    @Transactional(TxType.NOT_SUPPORTED)
    public boolean activeWhenNotSupported() {
        return transactions.isActive();
    }
}
