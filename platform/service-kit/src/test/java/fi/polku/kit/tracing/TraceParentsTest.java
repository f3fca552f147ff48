package fi.polku.kit.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TraceParentsTest {

    static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String SPAN = "00f067aa0ba902b7";

    @Test
    void theCurrentSpanBecomesAW3cTraceparent() {
        Span span = Span.wrap(SpanContext.create(TRACE, SPAN, TraceFlags.getSampled(), TraceState.getDefault()));
        try (Scope ignored = span.makeCurrent()) {
            assertThat(TraceParents.current()).isEqualTo("00-" + TRACE + "-" + SPAN + "-01");
        }
    }

    @Test
    void withoutASpanThereIsNone() {
        assertThat(TraceParents.current()).isNull();
    }

    @Test
    void theTraceIdIsReadFromATraceparentAndNothingElse() {
        assertThat(TraceParents.traceId("00-" + TRACE + "-" + SPAN + "-01")).isEqualTo(TRACE);
        assertThatThrownBy(() -> TraceParents.traceId("not-a-traceparent")).isInstanceOf(IllegalArgumentException.class);
    }
}
