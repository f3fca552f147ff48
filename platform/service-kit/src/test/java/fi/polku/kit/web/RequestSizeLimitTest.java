package fi.polku.kit.web;

import jakarta.servlet.ServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestSizeLimitTest {

    final RequestSizeLimit filter = new RequestSizeLimit(DataSize.ofBytes(100));

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedWith413BeforeTheChainRuns() throws Exception {
        MockHttpServletRequest request = post(new byte[101]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":413", "larger than 100 bytes");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void aBodyWithoutALengthIsCutOffWhileReading() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        // chunked: no declared length
        MockHttpServletRequest chunked = new MockHttpServletRequest("POST", "/api/v1/x") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        chunked.setContent(new byte[150]);
        filter.doFilter(chunked, new MockHttpServletResponse(), chain);
        ServletRequest passed = chain.getRequest();
        try (InputStream in = passed.getInputStream()) {
            assertThatThrownBy(in::readAllBytes).isInstanceOf(RequestSizeLimit.TooLarge.class);
        }
    }

    @Test
    void aBodyWithinTheLimitPassesWhole() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(post(new byte[100]), new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest().getInputStream().readAllBytes()).hasSize(100);
    }

    private static MockHttpServletRequest post(byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/x");
        request.setContent(body);
        request.setContentType("application/json");
        return request;
    }
}
