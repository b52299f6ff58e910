package io.jadis.examples.inventory;

import io.jadis.examples.Concurrently;
import io.jadis.examples.Table;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;

/** Many buyers race for a product with limited stock; the conditional UPDATE never oversells. */
@ApplicationScoped
public class CheckoutDemo {
    @Inject
    Inventory inventory;

    /** What happened: attempts, successful purchases, and the product afterwards. */
    public record Outcome(int attempts, long sold, int initialStock, int stockLeft, int soldCounter) {
        /** Every unit sold exactly once: nothing oversold, nothing left while buyers were refused. */
        public boolean holds() {
            long expected = Math.min(attempts, initialStock);
            return sold == expected && soldCounter == expected && stockLeft == initialStock - expected;
        }
    }

    public Outcome run(int stock, int buyers, int attemptsEach, PrintStream out) {
        out.println("Inventory checkout: " + buyers + " buyers, " + attemptsEach + " attempts each, for "
                + stock + " units");
        inventory.save(new Product("SKU-1", "Limited edition", new BigDecimal("49.90"), stock));
        List<Boolean> bought = Concurrently.run(buyers * attemptsEach, buyers, i -> () -> inventory.buyOne("SKU-1"));
        long sold = bought.stream().filter(b -> b).count();
        Product after = inventory.findById("SKU-1").orElseThrow();
        out.print(new Table("attempts", "purchases", "initial stock", "stock left", "oversold")
                .row(bought.size(), sold, stock, after.stock, sold > stock ? "YES" : "no"));
        out.println();
        return new Outcome(bought.size(), sold, stock, after.stock, after.sold);
    }
}
