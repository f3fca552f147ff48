package fi.polku.operations.adapter.in.web;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The console page is static ({@code static/console/}); its short addresses lead there. */
@RestController
@Hidden
class ConsolePage {

    @GetMapping({"/", "/console", "/console/"})
    ResponseEntity<Void> console() {
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, "/console/index.html").build();
    }
}
