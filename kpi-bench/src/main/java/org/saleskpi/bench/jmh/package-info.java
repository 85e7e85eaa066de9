/**
 * JMH benchmarks of the engine's hot loops, of building the table and of the DuckDB side, run from
 * the bench jar: {@code java -cp kpi-bench/target/kpi-bench.jar org.openjdk.jmh.Main EngineBenchmark
 * -f 1 -wi 2 -i 3 -p issues=200000}.
 */
package org.saleskpi.bench.jmh;
