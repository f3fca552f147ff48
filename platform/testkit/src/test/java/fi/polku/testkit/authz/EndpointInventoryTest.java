package fi.polku.testkit.authz;

import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.SortedSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The completeness check against a real Spring MVC handler mapping. */
class EndpointInventoryTest {

    @RestController
    @RequestMapping("/api/v1/things")
    static class ThingController {
        @GetMapping("/{id}")
        String get(@PathVariable String id) {
            return id;
        }

        @PostMapping
        String create() {
            return "";
        }
    }

    @RestController
    static class NewController {
        @PostMapping("/api/v1/things/{id}/archive")
        String archive(@PathVariable String id) {
            return id;
        }

        @GetMapping("/internal/ping")
        String notApi() {
            return "";
        }
    }

    static final AuthorizationMatrix MATRIX = AuthorizationMatrix.parse("""
            method,path,STAFF
            GET,/api/v1/things/{id},own
            POST,/api/v1/things,yes
            """, "authorization-matrix.csv");

    @Test
    void readsTheServedApiEndpointsFromTheHandlerMapping() {
        assertThat(served(ThingController.class)).containsExactly(new Endpoint("POST", "/api/v1/things"),
                new Endpoint("GET", "/api/v1/things/{id}"));
        EndpointInventory.assertComplete(served(ThingController.class), MATRIX);
    }

    @Test
    void aNewEndpointWithoutAnEntryFailsTheCheck() {
        assertThatThrownBy(() -> EndpointInventory.assertComplete(served(ThingController.class, NewController.class),
                MATRIX)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("POST /api/v1/things/{id}/archive is served but has no entry")
                .hasMessageNotContaining("/internal/ping");
    }

    @Test
    void anEntryWithoutAnEndpointFailsTheCheck() {
        assertThatThrownBy(() -> EndpointInventory.assertComplete(served(NewController.class), MATRIX))
                .hasMessageContaining("GET /api/v1/things/{id} is in authorization-matrix.csv but no controller serves it");
    }

    private static SortedSet<Endpoint> served(Class<?>... controllers) {
        StaticWebApplicationContext context = new StaticWebApplicationContext();
        for (Class<?> controller : controllers) {
            context.registerSingleton(controller.getSimpleName(), controller);
        }
        context.refresh();
        RequestMappingHandlerMapping mapping = new RequestMappingHandlerMapping();
        mapping.setApplicationContext(context);
        mapping.afterPropertiesSet();
        return EndpointInventory.of(mapping, "/api/");
    }
}
