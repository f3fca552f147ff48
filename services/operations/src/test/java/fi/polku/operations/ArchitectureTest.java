package fi.polku.operations;

import fi.polku.testkit.HexagonalRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void layersFollowTheHexagon() {
        HexagonalRules.check("fi.polku.operations");
    }
}
