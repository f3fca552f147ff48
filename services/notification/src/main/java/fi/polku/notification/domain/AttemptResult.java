package fi.polku.notification.domain;

/**
 * What one attempt to send a notification came to.
 *
 * @param retryable  for a failure: whether trying again later may help (a timeout, a 503) or not (a 400, a
 *                   rejected address, a channel that no longer exists)
 * @param statusCode the HTTP or SMTP reply code, when there was one
 * @param error      a short reason for a failure, fit for operators to read and safe to store
 */
public record AttemptResult(boolean delivered, boolean retryable, Integer statusCode, String error) {

    public static AttemptResult delivered(Integer statusCode) {
        return new AttemptResult(true, false, statusCode, null);
    }

    public static AttemptResult retryable(Integer statusCode, String error) {
        return new AttemptResult(false, true, statusCode, shorten(error));
    }

    public static AttemptResult permanent(Integer statusCode, String error) {
        return new AttemptResult(false, false, statusCode, shorten(error));
    }

    /** Whether the endpoint itself looks unwell (what circuit breakers count). */
    public boolean endpointFailed() {
        return !delivered && retryable;
    }

    private static String shorten(String error) {
        if (error == null) {
            return null;
        }
        return error.length() <= 200 ? error : error.substring(0, 200);
    }
}
