package fi.polku.kit.web;

import fi.polku.kit.domain.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.context.request.ServletWebRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Problem details name the field and the reason, never the rejected value: it may be personal data. */
class ProblemHandlerTest {

    static final String IDENTITY_CODE = "131052-308U";
    static final String HEALTH_NEED = "diabetes, insulin daily";

    record Person(String personalIdentityCode, String healthNeeds) {
    }

    final ProblemHandler handler = new ProblemHandler();

    @Test
    void aBindingErrorNamesTheFieldWithoutTheRejectedValue() throws Exception {
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(new Person(IDENTITY_CODE, HEALTH_NEED), "person");
        result.addError(new FieldError("person", "members[0].personalIdentityCode", IDENTITY_CODE, false, null, null,
                "check character does not match"));
        result.addError(new FieldError("person", "healthNeeds", HEALTH_NEED, false, null, null,
                "size must be between 0 and 10"));
        MethodParameter parameter = new MethodParameter(ProblemHandlerTest.class.getDeclaredMethod("accept",
                Person.class), 0);
        ResponseEntity<Object> response = handler.handleException(new MethodArgumentNotValidException(parameter, result),
                request());
        String text = text(response);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(text).contains("members[0].personalIdentityCode", "check character does not match", "healthNeeds")
                .doesNotContain(IDENTITY_CODE, "diabetes", "insulin");
    }

    @Test
    void anInvalidInputNamesTheFieldAndReason() {
        ProblemDetail problem = handler.invalidInput(new InvalidInput("members[0].personalIdentityCode",
                "does not match the birth date")).getBody();
        assertThat(problem.toString()).contains("members[0].personalIdentityCode").doesNotContain(IDENTITY_CODE);
    }

    @Test
    void aBodyTooLargeWhileReadingIs413() throws Exception {
        var tooLarge = new HttpMessageNotReadableException("unreadable", new RequestSizeLimit.TooLarge(100),
                new MockHttpInputMessage(new byte[0]));
        ResponseEntity<Object> response = handler.handleException(tooLarge, request());
        assertThat(response.getStatusCode().value()).isEqualTo(413);
        assertThat(text(response)).contains("Request too large");
    }

    @SuppressWarnings("unused")
    void accept(Person person) {
    }

    private static ServletWebRequest request() {
        return new ServletWebRequest(new MockHttpServletRequest("POST", "/api/v1/x"));
    }

    private static String text(ResponseEntity<Object> response) {
        return String.valueOf(response.getBody()) + new HttpHeaders(response.getHeaders());
    }
}
