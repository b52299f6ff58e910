package io.jadis.cdi;

import io.jadis.api.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.util.List;

/** A bean whose transactional methods cover every TxType and rollback rule. */
@ApplicationScoped
public class Bank {
    /** A checked exception: by JTA's default it does not roll back. */
    public static class InsufficientFunds extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /** An unchecked exception that the annotation says not to roll back for. */
    public static class Warning extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    Accounts accounts;

    @Inject
    Transactions transactions;

    @Inject
    Auditor auditor;

    @Transactional
    public boolean transfer(long from, long to, long amount) {
        Account a = accounts.findById(from).orElseThrow();
        Account b = accounts.findById(to).orElseThrow();
        if (a.balance < amount) {
            return false;
        }
        a.balance -= amount;
        b.balance += amount;
        accounts.updateAll(List.of(a, b));
        return true;
    }

    /** Like {@link #transfer}, running {@code between} after both reads. */
    @Transactional
    public boolean transferAfter(long from, long to, long amount, Runnable between) {
        Account a = accounts.findById(from).orElseThrow();
        Account b = accounts.findById(to).orElseThrow();
        between.run();
        a.balance -= amount;
        b.balance += amount;
        accounts.updateAll(List.of(a, b));
        return true;
    }

    @Transactional
    public void withdrawThenFailCheckedAfter(long id, long amount, Runnable between) throws InsufficientFunds {
        withdraw(id, amount);
        between.run();
        throw new InsufficientFunds();
    }

    @Transactional
    public void withdrawThenFailChecked(long id, long amount) throws InsufficientFunds {
        withdraw(id, amount);
        throw new InsufficientFunds();
    }

    @Transactional(rollbackOn = InsufficientFunds.class)
    public void withdrawThenFailCheckedRollingBack(long id, long amount) throws InsufficientFunds {
        withdraw(id, amount);
        throw new InsufficientFunds();
    }

    @Transactional(dontRollbackOn = Warning.class)
    public void withdrawThenWarn(long id, long amount) {
        withdraw(id, amount);
        throw new Warning();
    }

    @Transactional
    public void withdrawThenFail(long id, long amount) {
        withdraw(id, amount);
        throw new IllegalStateException("failed after withdrawing");
    }

    @Transactional
    public void withdrawAuditThenFail(long id, long amount) {
        withdraw(id, amount);
        auditor.record(id);
        throw new IllegalStateException("failed after auditing");
    }

    @Transactional(TxType.MANDATORY)
    public void mandatory() {
    }

    @Transactional
    public void neverInside() {
        auditor.never();
    }

    @Transactional
    public boolean notSupportedInside() {
        return auditor.activeWhenNotSupported();
    }

    @Transactional(TxType.SUPPORTS)
    public boolean supports() {
        return transactions.isActive();
    }

    private void withdraw(long id, long amount) {
        Account a = accounts.findById(id).orElseThrow();
        a.balance -= amount;
        accounts.update(a);
    }
}
