package fi.polku.kit.audit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import fi.polku.kit.domain.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit log is append-only by construction, and an access that cannot be recorded does not happen. */
class AuditLogTest {

    static final JavaClasses KIT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("fi.polku.kit");

    @Test
    void thePortOffersAppendingAndSearchingOnly() {
        assertThat(Arrays.stream(AuditLog.class.getDeclaredMethods()).map(Method::getName))
                .containsExactlyInAnyOrder("append", "search");
    }

    @Test
    void noCodeChangesOrRemovesAnAuditEntry() {
        // the only MongoDB operations on the audit log are insert, find and index creation
        Set<String> allowed = Set.of("insert", "find", "indexOps");
        ArchRule rule = noClasses().that().resideInAPackage("fi.polku.kit.audit..")
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "a MongoDB operation other than " + allowed,
                        call -> (call.getTargetOwner().isAssignableTo(MongoOperations.class)
                                || call.getTargetOwner().isAssignableTo(MongoTemplate.class))
                                && !allowed.contains(call.getName())));
        rule.check(KIT);
    }

    @Test
    void anEntryRecordsWhoWhenWhichRecordWhatAndWhy() {
        List<AuditEntry> stored = new ArrayList<>();
        AuditTrail trail = new AuditTrail(log(stored), () -> new Actor("staff@oulu", List.of("RECEPTION_STAFF")),
                Clock.fixed(Instant.parse("2026-03-02T10:00:00.123456Z"), ZoneOffset.UTC));
        trail.record(AuditAction.READ, Purpose.RECEPTION, "household", "h-1", List.of("p-1", "p-2"));
        assertThat(stored).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("staff@oulu");
            assertThat(e.actorRoles()).containsExactly("RECEPTION_STAFF");
            assertThat(e.at()).isEqualTo(Instant.parse("2026-03-02T10:00:00.123Z"));
            assertThat(e.action()).isEqualTo(AuditAction.READ);
            assertThat(e.purpose()).isEqualTo(Purpose.RECEPTION);
            assertThat(e.recordType()).isEqualTo("household");
            assertThat(e.recordId()).isEqualTo("h-1");
            assertThat(e.personIds()).containsExactly("p-1", "p-2");
        });
        trail.recordEach(AuditAction.READ, Purpose.RECEPTION, "household", List.of("h-2", "h-3"), h -> h,
                h -> List.of());
        assertThat(stored).extracting(AuditEntry::recordId).containsExactly("h-1", "h-2", "h-3");
    }

    @Test
    void aFailedWriteFailsTheAccess() {
        AuditTrail trail = new AuditTrail(new AuditLog() {
            @Override
            public void append(List<AuditEntry> entries) {
                throw new IllegalStateException("database down");
            }

            @Override
            public List<AuditEntry> search(AuditQuery query) {
                return List.of();
            }
        }, () -> Actor.system("reception"), Clock.systemUTC());
        assertThatThrownBy(() -> trail.record(AuditAction.READ, Purpose.RECEPTION, "household", "h", List.of()))
                .hasMessage("database down");
    }

    @Test
    void aSearchNamesTheBadParameter() {
        Instant t = Instant.parse("2026-03-02T10:00:00Z");
        assertThatThrownBy(() -> new AuditQuery(null, null, null, t, t, 0, 10))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("from"));
        assertThatThrownBy(() -> new AuditQuery(null, null, null, null, null, 0, 501))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("size"));
        assertThatThrownBy(() -> new AuditQuery(null, null, null, null, null, -1, 10))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("page"));
    }

    private static AuditLog log(List<AuditEntry> stored) {
        return new AuditLog() {
            @Override
            public void append(List<AuditEntry> entries) {
                stored.addAll(entries);
            }

            @Override
            public List<AuditEntry> search(AuditQuery query) {
                return List.copyOf(stored);
            }
        };
    }
}
