package io.jadis.benchmarks.harness;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CeilingTest {
    @Test
    void parsesTheFinalRateOfEachTestAndSkipsProgressLines() {
        String output = "SET: rps=41234.0 (overall: 40000.0) avg_msec=1.1 (overall: 1.2)\r"
                + "SET: 43328.01 requests per second, p50=0.999 msec\n"
                + "GET: rps=0.0 (overall: nan) avg_msec=nan (overall: nan)\r"
                + "GET: 44091.71 requests per second, p50=0.975 msec\n"
                + "EVALSHA e0e1f9fabfc9d4800c877a703b823ac0578ff8db 0: 36900.37 requests per second, p50=1.2 msec\n";

        assertEquals(List.of(new Ceiling.Rate("SET", 43328.01), new Ceiling.Rate("GET", 44091.71),
                new Ceiling.Rate("EVALSHA", 36900.37)), Ceiling.parse(output));
    }
}
