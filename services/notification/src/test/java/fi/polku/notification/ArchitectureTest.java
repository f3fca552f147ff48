package fi.polku.notification;

import fi.polku.testkit.HexagonalRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void layersFollowTheHexagon() {
        HexagonalRules.check("fi.polku.notification");
    }
}
