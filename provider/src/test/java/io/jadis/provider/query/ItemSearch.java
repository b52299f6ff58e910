package io.jadis.provider.query;

import io.jadis.provider.query.Item.Size;
import jakarta.data.Limit;
import jakarta.data.Order;
import jakarta.data.Sort;
import jakarta.data.page.CursoredPage;
import jakarta.data.page.Page;
import jakarta.data.page.PageRequest;
import jakarta.data.repository.By;
import jakarta.data.repository.DataRepository;
import jakarta.data.repository.Find;
import jakarta.data.repository.OrderBy;
import jakarta.data.repository.Query;
import jakarta.data.repository.Repository;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** @Find with @By and parameter names, and the special parameters Limit, Sort, Order and PageRequest. */
@Repository
public interface ItemSearch extends DataRepository<Item, Long> {

    @Find
    List<Item> bySize(Size size);

    @Find
    List<Item> inCity(@By("address.city") String city, Sort<Item> sort);

    @Find
    List<Item> of(Size size, boolean active);

    @Find
    @OrderBy("name")
    List<Item> byActive(boolean active);

    @Find
    Item one(long id);

    @Find
    Optional<Item> maybe(@By(By.ID) long id);

    @Find
    @OrderBy("rank")
    List<Item> ranked(boolean active, Sort<?>... sorts);

    @Find
    List<Item> all(Limit limit, Sort<?>... sorts);

    List<Item> findByActive(boolean active, Limit limit, Sort<?>... sorts);

    List<Item> findByQuantityGreaterThanEqual(int min, Order<Item> order);

    List<Item> findBySizeNotNullOrderBySizeDesc(Order<Item> order, Sort<Item> last);

    List<Item> findByIdGreaterThan(long min, Sort<Item> first, Order<Item> then);

    Item[] findFirst2ByActiveTrue(Sort<Item> sort);

    @Query("WHERE quantity >= ?1")
    @OrderBy("size")
    List<Item> atLeast(int quantity, Sort<?>... sorts);

    Page<Item> findByIdGreaterThan(long min, PageRequest request, Order<Item> order);

    @Find
    @OrderBy("quantity")
    @OrderBy("id")
    Page<Item> page(boolean active, PageRequest request);

    @Query("SELECT name WHERE quantity > 0 ORDER BY name")
    Page<String> names(PageRequest request);

    CursoredPage<Item> findByIdGreaterThanOrderByRatingDesc(long min, PageRequest request, Order<Item> order);

    @Find
    CursoredPage<Item> cursor(PageRequest request, Order<Item> order);

    @Query("WHERE quantity >= :min")
    @OrderBy("address.city")
    CursoredPage<Item> stocked(int min, PageRequest request, Sort<Item> tieBreaker);

    Stream<Item> findByQuantityGreaterThan(int min, Limit limit);

    Stream<Item> findByQuantityLessThan(int max, Sort<Item> sort);
}
