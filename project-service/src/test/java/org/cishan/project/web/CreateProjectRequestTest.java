package org.cishan.project.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.stream.Stream;
import org.cishan.project.command.CreateProjectCommand;
import org.cishan.project.domain.Money;
import org.cishan.support.security.Actor;
import org.cishan.support.security.Roles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CreateProjectRequestTest {

  static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  static CreateProjectRequest request(String title, String description, MoneyRequest target) {
    return new CreateProjectRequest(title, description, target, null);
  }

  static MoneyRequest cny(Long minorUnits) {
    return new MoneyRequest(minorUnits, "CNY");
  }

  @Nested
  class Validating {

    static Stream<Arguments> invalidRequests() {
      return Stream.of(
          Arguments.of(request(null, null, cny(1L)), "title"),
          Arguments.of(request("  ", null, cny(1L)), "title"),
          Arguments.of(request("x".repeat(201), null, cny(1L)), "title"),
          Arguments.of(request("t", "d".repeat(5001), cny(1L)), "description"),
          Arguments.of(request("t", null, null), "fundraisingTarget"),
          Arguments.of(request("t", null, cny(null)), "fundraisingTarget.minorUnits"),
          Arguments.of(request("t", null, cny(0L)), "fundraisingTarget.minorUnits"),
          Arguments.of(request("t", null, cny(-5L)), "fundraisingTarget.minorUnits"),
          Arguments.of(
              request("t", null, new MoneyRequest(1L, null)), "fundraisingTarget.currency"),
          Arguments.of(
              request("t", null, new MoneyRequest(1L, "XYZ")), "fundraisingTarget.currency"),
          Arguments.of(
              request("t", null, new MoneyRequest(1L, "cny")), "fundraisingTarget.currency"));
    }

    @ParameterizedTest
    @MethodSource("invalidRequests")
    void namesTheOneInvalidField(CreateProjectRequest request, String field) {
      assertThat(VALIDATOR.validate(request))
          .extracting(ConstraintViolation::getPropertyPath)
          .map(Object::toString)
          .containsExactly(field);
    }

    @Test
    void acceptsTheLongestTitleAndDescriptionAndNoDescriptionAtAll() {
      assertThat(VALIDATOR.validate(request("x".repeat(200), "d".repeat(5000), cny(1L)))).isEmpty();
      assertThat(VALIDATOR.validate(request("x", null, new MoneyRequest(1L, "HKD")))).isEmpty();
    }
  }

  @Nested
  class Mapping {

    @Test
    void mapsToACommandWithTheTargetInMinorUnits() {
      CreateProjectRequest request =
          request("敬老院改造", "为老人改造房间", new MoneyRequest(50_000_000L, "CNY"));

      assertThat(request.toCommand(Actor.of("officer-1", Set.of(Roles.PROJECT_OFFICER))))
          .isEqualTo(
              new CreateProjectCommand(
                  "敬老院改造", "为老人改造房间", Money.cny(50_000_000), null, "officer-1"));
    }
  }
}
