package org.cishan.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventDraftBodyTest {

  static final String HOSTILE = "<script>alert('x')</script> & \"村\"";
  static final String ESCAPED =
      "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;村&quot;";

  @Test
  void writesEachSentenceAsAParagraphThenTheNoteForEditors() {
    assertThat(EventDraftBody.of("第一句。", "第二句。"))
        .isEqualTo("<p>第一句。</p><p>第二句。</p><p>" + EventDraftBody.NOTE + "</p>");
  }

  @Test
  void aProjectTitleHoldingMarkupIsTextInEveryDraftFromAnEvent() {
    UUID project = UUID.randomUUID();
    Instant at = Instant.EPOCH;

    String announcement =
        ProjectAnnouncement.draft(
                UUID.randomUUID(),
                UUID.randomUUID(),
                new NewProject(project, HOSTILE, 100, "CNY"),
                at)
            .content()
            .body();
    String approval =
        ProjectStatusNews.draft(
                UUID.randomUUID(), UUID.randomUUID(), project, HOSTILE, "APPROVED", at)
            .orElseThrow()
            .content()
            .body();
    String milestone =
        FundraisingMilestone.HALF
            .draft(UUID.randomUUID(), project, HOSTILE, 50, 100, "CNY", at)
            .content()
            .body();

    for (String body : new String[] {announcement, approval, milestone}) {
      assertThat(body).contains(ESCAPED).doesNotContain("<script>").startsWith("<p>");
    }
  }
}
