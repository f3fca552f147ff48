package fi.polku.kit.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/**
 * The W3C {@code traceparent} of the span current on this thread. The outbox keeps it with each event, because the
 * relay publishes later on its own thread: without it every Kafka hop would start a new trace.
 */
public final class TraceParents {

    public static final String HEADER = "traceparent";

    private TraceParents() {
    }

    /** {@code 00-<trace id>-<span id>-<flags>}, or null when no span is current. */
    public static String current() {
        SpanContext context = Span.current().getSpanContext();
        if (!context.isValid()) {
            return null;
        }
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
    }

    /** The trace id of a {@code traceparent} value. */
    public static String traceId(String traceparent) {
        String[] parts = traceparent.split("-");
        if (parts.length != 4 || parts[1].length() != 32) {
            throw new IllegalArgumentException("Not a W3C traceparent: " + traceparent);
        }
        return parts[1];
    }
}
