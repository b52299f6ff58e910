package io.jadis.provider.contract;

import jakarta.data.repository.DataRepository;
import jakarta.data.repository.Delete;
import jakarta.data.repository.Find;
import jakarta.data.repository.Insert;
import jakarta.data.repository.Repository;
import jakarta.data.repository.Save;
import jakarta.data.repository.Update;

import java.util.List;
import java.util.Optional;

/** Lifecycle methods in every parameter shape the spec allows. */
@Repository
public interface Notes extends DataRepository<Note, String> {
    @Insert
    Note insert(Note note);

    @Insert
    Note[] insertAll(Note... notes);

    @Insert
    void insertList(List<Note> notes);

    @Update
    Note update(Note note);

    @Save
    List<Note> saveAll(List<Note> notes);

    @Delete
    void delete(Note note);

    @Find
    Optional<Note> byId(@jakarta.data.repository.By(jakarta.data.repository.By.ID) String id);
}
