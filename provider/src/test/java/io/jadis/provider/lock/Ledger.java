package io.jadis.provider.lock;

import io.jadis.provider.contract.Account;
import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Query;
import jakarta.data.repository.Repository;

/** Accounts with every kind of write a repository has: lifecycle methods, JDQL and derived deletes. */
@Repository
public interface Ledger extends CrudRepository<Account, Long> {

    @Query("UPDATE Account SET balance = balance + :amount WHERE number = :number")
    long deposit(long number, long amount);

    @Query("UPDATE Account SET balance = balance + 1")
    long depositEverywhere();

    @Query("DELETE FROM Account WHERE balance < :limit")
    long closeBelow(long limit);

    @Query("DELETE FROM Account")
    long closeAll();

    long deleteByOwner(String owner);
}
