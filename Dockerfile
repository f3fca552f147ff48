# One image pattern for every Polku service, built from this repository:
#   docker build --build-arg SERVICE=reception --build-arg SERVICE_PORT=8081 -t polku/reception:local .
# docker-compose.yml builds all five services this way. Stage 1 builds the service module (and the platform
# modules it needs) with the Maven wrapper; stage 2 splits the Spring Boot jar into its layers, so that a
# code change rebuilds only the thin application layer; stage 3 is a JRE image running as a non-root user.

FROM eclipse-temurin:17.0.15_6-jdk-noble AS build
WORKDIR /workspace
# the reactor needs every module's pom; the sources of the service and the platform modules it builds on
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
COPY platform/ platform/
COPY services/ services/
COPY deploy-checks/pom.xml deploy-checks/pom.xml
ARG SERVICE
RUN --mount=type=cache,target=/root/.m2 \
    test -n "${SERVICE}" && test -d "services/${SERVICE}" \
    && ./mvnw -B -ntp -pl "services/${SERVICE}" -am -DskipTests package \
    && cp "services/${SERVICE}/target/polku-${SERVICE}-"*-exec.jar application.jar

FROM eclipse-temurin:17.0.15_6-jdk-noble AS layers
WORKDIR /workspace
COPY --from=build /workspace/application.jar application.jar
# Spring Boot's jar tools: dependencies / spring-boot-loader / snapshot-dependencies / application
RUN java -Djarmode=tools -jar application.jar extract --layers --destination extracted

FROM eclipse-temurin:17.0.15_6-jre-noble
ARG SERVICE
ARG SERVICE_PORT=8080
LABEL org.opencontainers.image.title="polku-${SERVICE}" \
      org.opencontainers.image.description="Polku ${SERVICE} service"
RUN groupadd --system --gid 10001 polku \
    && useradd --system --uid 10001 --gid polku --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin polku
WORKDIR /application
# least to most often changed, one layer each
COPY --from=layers /workspace/extracted/dependencies/ ./
COPY --from=layers /workspace/extracted/spring-boot-loader/ ./
COPY --from=layers /workspace/extracted/snapshot-dependencies/ ./
COPY --from=layers /workspace/extracted/application/ ./
ENV SERVER_PORT=${SERVICE_PORT} \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError"
EXPOSE ${SERVICE_PORT}
USER 10001:10001
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fsS -o /dev/null "http://127.0.0.1:${SERVER_PORT}/actuator/health/readiness" || exit 1
# SIGTERM starts Spring's graceful shutdown: HTTP drains, the outbox relay and the consumers stop in order
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-jar", "application.jar"]
