package fi.polku.operations.adapter.out.mongo;

import fi.polku.kit.store.AggregateStore;
import fi.polku.operations.application.ConsoleQueries;
import fi.polku.operations.application.DeadLetterLog;
import fi.polku.operations.domain.DeadLetter;
import fi.polku.operations.domain.HouseholdPath;
import fi.polku.operations.domain.MunicipalityPlaces;
import fi.polku.operations.domain.NotificationOutcome;
import fi.polku.operations.domain.Stage;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The console's read model on MongoDB: one document per household, municipality, notification and dead letter. */
public class MongoConsole implements ConsoleQueries, DeadLetterLog {

    static final String DEAD_LETTERS = "deadLetters";

    private final MongoTemplate mongo;
    private final AggregateStore<HouseholdPath> households;
    private final AggregateStore<MunicipalityPlaces> municipalities;
    private final AggregateStore<NotificationOutcome> notifications;

    public MongoConsole(MongoTemplate mongo, AggregateStore<HouseholdPath> households,
                        AggregateStore<MunicipalityPlaces> municipalities,
                        AggregateStore<NotificationOutcome> notifications) {
        this.mongo = mongo;
        this.households = households;
        this.municipalities = municipalities;
        this.notifications = notifications;
        mongo.indexOps(households.collection()).createIndex(new Index("state.stage", Sort.Direction.ASC));
        mongo.indexOps(households.collection()).createIndex(new Index("state.caseId", Sort.Direction.ASC));
        mongo.indexOps(households.collection()).createIndex(new Index("state.lastEventAt", Sort.Direction.DESC));
        mongo.indexOps(notifications.collection()).createIndex(new Index("state.outcome", Sort.Direction.ASC));
        mongo.indexOps(DEAD_LETTERS).createIndex(new Index("time", Sort.Direction.DESC));
    }

    @Override
    public boolean record(DeadLetter deadLetter) {
        try {
            mongo.insert(deadLetter, DEAD_LETTERS);
            return true;
        } catch (DuplicateKeyException readBefore) {
            return false;
        }
    }

    @Override
    public Map<Stage, Long> householdsByStage() {
        Map<Stage, Long> counts = new EnumMap<>(Stage.class);
        Arrays.stream(Stage.values()).forEach(s -> counts.put(s, households.count(Criteria.where("state.stage").is(s))));
        return counts;
    }

    @Override
    public List<HouseholdPath> waitingWithPermitBefore(LocalDate permitBefore, int limit) {
        List<Stage> waiting = Arrays.stream(Stage.values()).filter(Stage::beforeAssignment).toList();
        return households.find(Criteria.where("state.stage").in(waiting).and("state.permitDate").lt(permitBefore),
                PageRequest.of(0, limit, Sort.by("state.permitDate")));
    }

    @Override
    public List<HouseholdPath> recentlyActive(int limit) {
        return households.find(new Criteria(), PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "state.lastEventAt")));
    }

    @Override
    public Optional<HouseholdPath> household(String householdOrCaseId) {
        return households.find(householdOrCaseId).or(() -> households.find(Criteria.where("state.caseId")
                .is(householdOrCaseId), PageRequest.of(0, 1)).stream().findFirst());
    }

    @Override
    public List<MunicipalityPlaces> municipalitiesWithPlaces() {
        return municipalities.find(new Criteria());
    }

    @Override
    public Map<String, Integer> peopleAssigned(LocalDate from, LocalDate to) {
        Map<String, Integer> people = new TreeMap<>();
        households.find(Criteria.where("state.assignedOn").gte(from).lte(to))
                .forEach(h -> people.merge(h.assignedMunicipality(), Math.max(1, h.householdSize()), Integer::sum));
        return people;
    }

    @Override
    public List<DeadLetter> recentDeadLetters(int limit) {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "time")).limit(limit), DeadLetter.class,
                DEAD_LETTERS);
    }

    @Override
    public long deadLetterCount() {
        return mongo.count(new Query(), DEAD_LETTERS);
    }

    @Override
    public List<NotificationOutcome> failedNotifications(int limit) {
        return notifications.find(Criteria.where("state.outcome").is("FAILED"),
                PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "state.at")));
    }
}
