package dev.ariadne.bench;

import dev.ariadne.cli.JsonWriter;
import dev.ariadne.store.SafeWrite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The results file: how the harness was run, on what, every single run, and the summaries
 * and ratios the tables show, as JSON (sizes in bytes, times in seconds, rates per second).
 */
final class ResultsFile {
    private ResultsFile() {
    }

    static Map<String, Object> build(Map<String, Object> header, List<Measurement> runs, List<Summary> summaries,
                                     List<Comparisons.VsTlc> vsTlc, List<Comparisons.Ratio> ratios,
                                     Function<Config, String> commands) {
        Map<String, Object> doc = new LinkedHashMap<>(header);
        List<Object> rs = new ArrayList<>();
        for (Measurement m : runs) {
            rs.add(run(m));
        }
        doc.put("runs", rs);
        List<Object> ss = new ArrayList<>();
        for (Summary s : summaries) {
            Map<String, Object> o = config(s.config());
            o.put("command", commands.apply(s.config()));
            o.put("runs", s.runs().size());
            o.put("valid_runs", s.valid().size());
            o.put("errors", s.errors());
            o.put("distinct_states", s.agreed(Measurement::distinct));
            o.put("generated_states", s.agreed(Measurement::generated));
            o.put("depth", s.agreed(Measurement::depth));
            o.put("wall_seconds", stats(s.stats(Measurement::wallSeconds)));
            o.put("search_seconds", stats(s.stats(Measurement::searchSeconds)));
            o.put("cpu_seconds", stats(s.stats(Measurement::cpuSeconds)));
            o.put("cpu_micros_per_state", stats(s.stats(Measurement::cpuMicrosPerState)));
            o.put("distinct_per_search_second", stats(s.stats(Measurement::distinctPerSearchSecond)));
            o.put("distinct_per_wall_second", stats(s.stats(Measurement::distinctPerWallSecond)));
            o.put("generated_per_search_second", stats(s.stats(Measurement::generatedPerSearchSecond)));
            o.put("generated_per_wall_second", stats(s.stats(Measurement::generatedPerWallSecond)));
            o.put("peak_rss_bytes", stats(s.stats(Measurement::peakRssBytes)));
            o.put("peak_rss_anon_bytes", stats(s.stats(Measurement::peakAnonBytes)));
            o.put("heap_after_gc_bytes", stats(s.stats(Measurement::heapAfterGcBytes)));
            o.put("heap_used_bytes", stats(s.stats(Measurement::heapUsedBytes)));
            o.put("worker_heap_after_gc_bytes", stats(s.stats(Measurement::workerHeapAfterGcBytes)));
            o.put("gc_pause_seconds", stats(s.stats(Measurement::gcPauseSeconds)));
            o.put("disk_bytes", stats(s.stats(Measurement::diskBytes)));
            o.put("disk_bytes_per_state", stats(s.stats(Measurement::diskBytesPerState)));
            o.put("collision_probability", stats(s.stats(Measurement::collisionProbability)));
            o.put("load_average", stats(s.stats(Measurement::loadBefore)));
            ss.add(o);
        }
        doc.put("summaries", ss);
        List<Object> vs = new ArrayList<>();
        for (Comparisons.VsTlc v : vsTlc) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("model", v.model());
            o.put("workers", v.workers());
            o.put("engine", v.engine());
            o.put("counts_agree", v.counts());
            o.put("wall_ratio", stats(v.wall()));
            o.put("cpu_ratio", stats(v.cpu()));
            o.put("distinct_per_search_second_ratio", stats(v.searchRate()));
            o.put("distinct_per_wall_second_ratio", stats(v.wallRate()));
            o.put("peak_rss_bytes_ariadne", stats(v.rssAriadne()));
            o.put("peak_rss_bytes_tlc", stats(v.rssTlc()));
            o.put("peak_rss_ratio", stats(v.rss()));
            vs.add(o);
        }
        doc.put("ariadne_vs_tlc", vs);
        List<Object> rt = new ArrayList<>();
        for (Comparisons.Ratio r : ratios) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("model", r.model());
            o.put("what", r.what());
            o.put("numerator", r.numerator());
            o.put("denominator", r.denominator());
            o.put("ratio", stats(r.ratio()));
            rt.add(o);
        }
        doc.put("ratios", rt);
        return doc;
    }

    private static Map<String, Object> config(Config c) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("model", c.model().name());
        o.put("path", c.model().path());
        o.put("constants", c.model().constants());
        o.put("tool", c.tool());
        o.put("isolation", c.isolation());
        o.put("workers", c.workers());
        return o;
    }

    private static Map<String, Object> run(Measurement m) {
        Map<String, Object> o = config(m.config());
        o.put("repeat", m.repeat() + 1);
        o.put("exit_code", m.exitCode());
        o.put("error", m.error());
        o.put("status", m.status());
        o.put("distinct_states", m.distinct());
        o.put("generated_states", m.generated());
        o.put("depth", m.depth());
        o.put("wall_seconds", m.wallSeconds());
        o.put("search_seconds", m.searchSeconds());
        o.put("cpu_seconds", m.cpuSeconds());
        o.put("cpu_micros_per_state", m.cpuMicrosPerState());
        o.put("distinct_per_search_second", m.distinctPerSearchSecond());
        o.put("distinct_per_wall_second", m.distinctPerWallSecond());
        o.put("generated_per_search_second", m.generatedPerSearchSecond());
        o.put("generated_per_wall_second", m.generatedPerWallSecond());
        o.put("peak_rss_bytes", m.peakRssBytes());
        o.put("peak_rss_anon_bytes", m.peakAnonBytes());
        o.put("max_jvms", m.maxJvms());
        o.put("heap_after_gc_bytes", m.heapAfterGcBytes());
        o.put("heap_used_bytes", m.heapUsedBytes());
        o.put("worker_heap_after_gc_bytes", m.workerHeapAfterGcBytes());
        o.put("gc_pause_seconds", m.gcPauseSeconds());
        o.put("disk_bytes", m.diskBytes());
        o.put("disk_apparent_bytes", m.diskApparentBytes());
        o.put("disk_bytes_per_state", m.diskBytesPerState());
        o.put("collision_probability", m.collisionProbability());
        o.put("load_before", m.loadBefore());
        o.put("load_after", m.loadAfter());
        return o;
    }

    private static Map<String, Object> stats(Stats s) {
        if (s == null) {
            return null;
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("median", s.median());
        o.put("min", s.min());
        o.put("max", s.max());
        o.put("n", s.n());
        return o;
    }

    /** Writes the results file whole ({@link SafeWrite}: never half written, never through a planted link). */
    static void write(Path file, Map<String, Object> doc) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        SafeWrite.write(file, JsonWriter.tree(doc).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
