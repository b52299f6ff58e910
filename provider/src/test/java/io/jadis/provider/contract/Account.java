package io.jadis.provider.contract;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A versioned entity. */
@Entity
public class Account {
    @Id
    public long number;
    public String owner;
    public long balance;
    @Version
    public long version;

    public Account() {
    }

    public Account(long number, String owner, long balance) {
        this.number = number;
        this.owner = owner;
        this.balance = balance;
    }
}
