package io.jadis.benchmarks.scenarios;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Account {
    @Id
    public String id;
    public long balance;

    public Account() {
    }

    Account(String id, long balance) {
        this.id = id;
        this.balance = balance;
    }
}
