package fi.polku.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrometheusTest {

    static final String EXPOSITION = """
            # HELP application_ready_time_seconds Time taken for the application to be ready to service requests
            # TYPE application_ready_time_seconds gauge
            application_ready_time_seconds{main_application_class="fi.polku.placement.PlacementApplication",service="placement"} 18.556
            # TYPE jvm_memory_used_bytes gauge
            jvm_memory_used_bytes{area="heap",id="eden space",service="placement"} 1000.0
            jvm_memory_used_bytes{area="heap",id="tenured gen",service="placement"} 3000.0
            jvm_memory_used_bytes{area="nonheap",id="Metaspace",service="placement"} 500.0
            jvm_memory_used_bytes_extra 7
            process_cpu_time_ns_total 1.2E10
            """;

    @Test
    void sumsTheSamplesOfOneMetricWhoseLabelsMatch() {
        assertThat(Prometheus.sum(EXPOSITION, "application_ready_time_seconds", "")).contains(18.556);
        assertThat(Prometheus.sum(EXPOSITION, "jvm_memory_used_bytes", "area=\"heap\"")).contains(4000.0);
        assertThat(Prometheus.sum(EXPOSITION, "jvm_memory_used_bytes", "")).contains(4500.0);
        assertThat(Prometheus.sum(EXPOSITION, "process_cpu_time_ns_total", "")).contains(1.2e10);
        assertThat(Prometheus.sum(EXPOSITION, "process_start_time_seconds", "")).isEmpty();
    }
}
