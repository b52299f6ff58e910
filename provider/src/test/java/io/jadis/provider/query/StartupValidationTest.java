package io.jadis.provider.query;

import io.jadis.api.RepositoryMethodException;
import io.jadis.provider.testing.Engine;
import io.jadis.provider.testing.JadisTest;
import jakarta.data.Limit;
import jakarta.data.Sort;
import jakarta.data.exceptions.MappingException;
import jakarta.data.page.Page;
import jakarta.data.repository.DataRepository;
import jakarta.data.repository.Find;
import jakarta.data.repository.Insert;
import jakarta.data.repository.Query;
import jakarta.data.repository.Repository;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Repository methods Jadis cannot implement fail when the repository is created, naming the method. */
class StartupValidationTest extends JadisTest {

    @Override
    protected Engine engine() {
        return Engine.PORTABLE;
    }

    private RepositoryMethodException rejected(Class<?> repository, String method) {
        RepositoryMethodException e = assertThrows(RepositoryMethodException.class,
                () -> jadis.repository(repository));
        assertTrue(e.getMessage().contains(repository.getSimpleName() + "." + method), e.getMessage());
        return e;
    }

    private static void mentions(Exception e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "expected '" + part + "' in: " + e.getMessage());
        }
    }

    @Repository
    interface UnknownInMethodName extends DataRepository<Item, Long> {
        List<Item> findByColour(String colour);
    }

    @Test
    void anUnknownAttributeInAMethodNameFailsAtStartUp() {
        mentions(rejected(UnknownInMethodName.class, "findByColour(String)"), "Colour", "Item");
    }

    @Repository
    interface UnknownInFind extends DataRepository<Item, Long> {
        @Find
        List<Item> byColour(String colour);
    }

    @Test
    void anUnknownAttributeInFindParametersFailsAtStartUp() {
        mentions(rejected(UnknownInFind.class, "byColour(String)"), "colour");
    }

    @Repository
    interface UnknownInJdql extends DataRepository<Item, Long> {
        @Query("WHERE address.colour = ?1")
        List<Item> colour(String colour);
    }

    @Test
    void anUnknownAttributeInJdqlFailsAtStartUp() {
        mentions(rejected(UnknownInJdql.class, "colour(String)"), "address.colour");
    }

    @Repository
    interface DynamicSorts extends DataRepository<Item, Long> {
        List<Item> findByActive(boolean active, Sort<Item> sort);
    }

    @Test
    void anUnknownAttributeInADynamicSortFailsWhenCalled() {
        DynamicSorts repository = jadis.repository(DynamicSorts.class);
        MappingException e = assertThrows(MappingException.class,
                () -> repository.findByActive(true, Sort.asc("colour")));
        mentions(e, "colour");
    }

    @Repository
    interface NonPersistent extends DataRepository<Gadget, String> {
        long countBySurchargeGreaterThan(double surcharge);
    }

    @Test
    void aNoSqlFieldWithoutColumnCannotBeQueried() {
        mentions(rejected(NonPersistent.class, "countBySurchargeGreaterThan(double)"), "Surcharge");
    }

    @Repository
    interface TooFewParameters extends DataRepository<Item, Long> {
        List<Item> findByNameAndQuantity(String name);
    }

    @Test
    void aMethodNameNeedingMoreParametersFailsAtStartUp() {
        mentions(rejected(TooFewParameters.class, "findByNameAndQuantity(String)"), "2 parameters");
    }

    @Repository
    interface UnusedParameter extends DataRepository<Item, Long> {
        @Query("WHERE name = ?1")
        List<Item> named(String name, int quantity);
    }

    @Test
    void aJdqlQueryThatIgnoresAParameterFailsAtStartUp() {
        mentions(rejected(UnusedParameter.class, "named(String, int)"), "parameter 2");
    }

    @Repository
    interface MissingParameter extends DataRepository<Item, Long> {
        @Query("WHERE name = ?1 AND quantity = ?2")
        List<Item> named(String name);
    }

    @Test
    void aJdqlQueryUsingAMissingParameterFailsAtStartUp() {
        mentions(rejected(MissingParameter.class, "named(String)"), "?2");
    }

    @Repository
    interface WrongParameterType extends DataRepository<Item, Long> {
        List<Item> findByName(int name);
    }

    @Test
    void aParameterOfTheWrongTypeFailsAtStartUp() {
        mentions(rejected(WrongParameterType.class, "findByName(int)"), "name", "String", "Integer");
    }

    @Repository
    interface WrongLiteralType extends DataRepository<Item, Long> {
        @Query("WHERE quantity = 'many'")
        List<Item> many();
    }

    @Test
    void aLiteralOfTheWrongTypeFailsAtStartUp() {
        mentions(rejected(WrongLiteralType.class, "many()"), "quantity", "many");
    }

    @Repository
    interface UnsupportedCountType extends DataRepository<Item, Long> {
        String countByActiveTrue();
    }

    @Test
    void aCountReturningTextFailsAtStartUp() {
        mentions(rejected(UnsupportedCountType.class, "countByActiveTrue()"), "String");
    }

    @Repository
    interface UnsupportedFindType extends DataRepository<Item, Long> {
        Map<String, Item> findByActive(boolean active);
    }

    @Test
    void aFindReturningAMapFailsAtStartUp() {
        rejected(UnsupportedFindType.class, "findByActive(boolean)");
    }

    @Repository
    interface UnsupportedDeleteType extends DataRepository<Item, Long> {
        String deleteByName(String name);
    }

    @Test
    void aDeleteReturningTextFailsAtStartUp() {
        rejected(UnsupportedDeleteType.class, "deleteByName(String)");
    }

    @Repository
    interface PageWithoutRequest extends DataRepository<Item, Long> {
        Page<Item> findByActive(boolean active);
    }

    @Test
    void aPageWithoutPageRequestFailsAtStartUp() {
        mentions(rejected(PageWithoutRequest.class, "findByActive(boolean)"), "PageRequest");
    }

    @Repository
    interface SyntaxError extends DataRepository<Item, Long> {
        @Query("WHERE name = = ?1")
        List<Item> broken(String name);
    }

    @Test
    void aJdqlSyntaxErrorReportsTheQueryAndThePosition() {
        mentions(rejected(SyntaxError.class, "broken(String)"), "WHERE name = = ?1", "position 13");
    }

    @Repository
    interface UpdatesTheVersion extends DataRepository<Product, String> {
        @Query("UPDATE Product SET version = 0")
        long reset();
    }

    @Test
    void anUpdateOfTheVersionFailsAtStartUp() {
        mentions(rejected(UpdatesTheVersion.class, "reset()"), "version");
    }

    @Repository
    interface Swap extends DataRepository<Crate, String> {
        @Query("UPDATE Crate SET length = width, width = length")
        long swap();
    }

    @Test
    void anUpdateWhoseAssignmentsReadEachOtherFailsAtStartUp() {
        mentions(rejected(Swap.class, "swap()"), "length", "width");
    }

    @Repository
    interface DecimalIntoInteger extends DataRepository<Crate, String> {
        @Query("UPDATE Crate SET height = height * 1.5")
        long grow();
    }

    @Test
    void anUpdateThatWouldPutADecimalIntoAnIntegerFailsAtStartUp() {
        mentions(rejected(DecimalIntoInteger.class, "grow()"), "height", "Double");
    }

    @Repository
    interface FirstAndLimit extends DataRepository<Item, Long> {
        List<Item> findFirst3ByActive(boolean active, Limit limit);
    }

    @Test
    void firstWithALimitIsUnsupported() {
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> jadis.repository(FirstAndLimit.class));
        mentions(e, "FirstAndLimit.findFirst3ByActive(boolean, Limit)");
    }

    @Repository
    interface Conflicting extends DataRepository<Item, Long> {
        @Find
        @Query("WHERE active = true")
        List<Item> active(boolean active);
    }

    @Test
    void conflictingAnnotationsAreUnsupported() {
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> jadis.repository(Conflicting.class));
        mentions(e, "Conflicting.active(boolean)", "@Find and @Query");
    }

    @Repository
    interface InsertingQuery extends DataRepository<Item, Long> {
        @Insert
        @Query("WHERE active = true")
        Item add(Item item);
    }

    @Test
    void aLifecycleAnnotationWithAQueryIsUnsupported() {
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> jadis.repository(InsertingQuery.class));
        mentions(e, "InsertingQuery.add(Item)", "@Query and @Insert");
    }

    @Repository
    interface NoEntity {
        long countByActiveTrue();
    }

    @Test
    void aCountWithoutAnyEntityTypeFailsAtStartUp() {
        mentions(rejected(NoEntity.class, "countByActiveTrue()"), "primary entity");
    }
}
