package io.jadis.provider.contract;

import jakarta.persistence.Entity;

/** Not a valid entity: it has no id. */
@Entity
public class NoId {
    public String name;
}
