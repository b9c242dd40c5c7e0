package com.physiopractice.web.practice;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.web.practice.PracticeContentPages.SideBySide;
import java.util.List;
import org.junit.jupiter.api.Test;

class SideBySideTest {

    @Test
    void removedLinesSitBesideTheLinesThatReplacedThemAndContextIsOnBothSides() {
        List<SideBySide> lines = PracticeContentPages.sideBySide(List.of("--- revision 1", "+++ revision 2",
                "@@ -1,4 +1,4 @@", " ## Start small", "-Walk for five minutes.", "-Rest.", "+Walk for ten minutes.",
                " The end.", "+A new last line."));

        assertThat(lines).containsExactly(
                new SideBySide("same", "## Start small", "## Start small"),
                new SideBySide("changed", "Walk for five minutes.", "Walk for ten minutes."),
                new SideBySide("removed", "Rest.", ""),
                new SideBySide("same", "The end.", "The end."),
                new SideBySide("added", "", "A new last line."));
    }
}
