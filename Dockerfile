# syntax=docker/dockerfile:1

# Build stage: the executable Spring Boot jar. Tests run in CI (bash .ci/run), not here.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build

# Dependencies first, in their own layer, so that a source change does not download them again.
COPY pom.xml .
RUN mvn -B -q dependency:go-offline

# Copies the whole context (.dockerignore keeps it small) because the top-level processes/ and
# forms/ folders that the pom packages may not exist yet, and COPY fails on a missing folder.
COPY . .
RUN mvn -B -q -DskipTests package \
    && cp target/proxima-*.jar /build/proxima.jar

# Runtime stage: a JRE only, run by an unprivileged user.
FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 proxima \
    && useradd --system --uid 10001 --gid proxima --home-dir /app --shell /usr/sbin/nologin proxima \
    && mkdir -p /app /var/lib/proxima \
    && chown proxima:proxima /var/lib/proxima
WORKDIR /app
COPY --from=build /build/proxima.jar /app/proxima.jar

# Files that the application writes (see proxima.data-dir in application.yaml).
ENV PROXIMA_DATA_DIR=/var/lib/proxima
VOLUME /var/lib/proxima

USER 10001:10001
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/proxima.jar"]
