package io.jadis.provider.contract;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An unversioned entity. */
@Entity
public class Note {
    @Id
    public String id;
    public String text;

    public Note() {
    }

    public Note(String id, String text) {
        this.id = id;
        this.text = text;
    }
}
