package io.jadis.cdi;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
public class Account {
    @Id
    public long number;
    public long balance;
    @Version
    public long version;

    public Account() {
    }

    public Account(long number, long balance) {
        this.number = number;
        this.balance = balance;
    }
}
