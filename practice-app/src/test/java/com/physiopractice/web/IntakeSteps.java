package com.physiopractice.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.Browser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Answers the questionnaire's steps in the browser as a patient would, from an API-shaped form:
 * on each step the answers that belong to it, then "Next", until the result.
 */
final class IntakeSteps {

    /** One answer on the page: a choice to tick, or a number to type. */
    record Answer(String field, String value, boolean typed) {
    }

    private final Browser browser;
    private final ChromeDriver page;

    IntakeSteps(Browser browser) {
        this.browser = browser;
        this.page = browser.driver();
    }

    @SuppressWarnings("unchecked")
    static List<Answer> answers(Map<String, Object> form) {
        List<Answer> answers = new ArrayList<>();
        form.forEach((field, value) -> {
            if (value instanceof Map<?, ?> nested) {
                ((Map<String, Object>) nested).forEach((inner, answer) ->
                        answers.add(new Answer(field + "." + inner, answer.toString(), false)));
            } else if (value instanceof List<?> codes) {
                codes.forEach(code -> answers.add(new Answer(field, code.toString(), false)));
            } else {
                answers.add(new Answer(field, value.toString(), value instanceof Number));
            }
        });
        return answers;
    }

    /** Answers every step with the mouse and goes on; returns how many steps there were. */
    int answerAll(Map<String, Object> form) {
        return walk(form, false);
    }

    /** The same with the keyboard only: Tab to each answer, arrows or Space to choose, Enter to go on. */
    int answerAllByKeyboard(Map<String, Object> form) {
        return walk(form, true);
    }

    private int walk(Map<String, Object> form, boolean keyboard) {
        List<Answer> answers = answers(form);
        int steps = 0;
        while (page.getCurrentUrl().contains("/book/questionnaire")) {
            steps++;
            assertThat(steps).as("the questionnaire ends").isLessThan(12);
            assertThat(page.findElements(By.cssSelector(".error-summary"))).as("no problems on step " + steps).isEmpty();
            assertThat(page.findElement(By.cssSelector("[aria-current=step]")).getText()).isNotBlank();
            for (Answer answer : answers) {
                List<WebElement> inputs = answer.typed() ? page.findElements(By.id(answer.field()))
                        : page.findElements(By.cssSelector("input[name='" + answer.field() + "'][value='" + answer.value() + "']"));
                if (!inputs.isEmpty()) {
                    if (keyboard) {
                        byKeyboard(inputs.get(0), answer);
                    } else if (answer.typed()) {
                        inputs.get(0).clear();
                        inputs.get(0).sendKeys(answer.value());
                    } else if (!inputs.get(0).isSelected()) {
                        inputs.get(0).click();
                    }
                }
            }
            WebElement next = page.findElement(By.cssSelector("button[name=go][value=next]"));
            if (keyboard) {
                tabTo(next);
                browser.whileLoading(() -> page.switchTo().activeElement().sendKeys(Keys.ENTER));
            } else {
                browser.clickAndLoad(next);
            }
        }
        return steps;
    }

    private void byKeyboard(WebElement target, Answer answer) {
        if (answer.typed()) {
            tabTo(target);
            page.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, "a"), answer.value());
            return;
        }
        if ("radio".equals(target.getDomAttribute("type"))) {
            // Tab lands on the group (its chosen radio, or its first); the arrows move and choose.
            tabToGroupOf(target);
            for (int i = 0; i < 20 && !target.isSelected(); i++) {
                page.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
            }
        } else {
            tabTo(target);
            if (!target.isSelected()) {
                page.switchTo().activeElement().sendKeys(Keys.SPACE);
            }
        }
        assertThat(target.isSelected()).as(answer.toString()).isTrue();
    }

    /** Presses Tab until this element has the focus (a bounded number of times). */
    void tabTo(WebElement target) {
        for (int i = 0; i < 400; i++) {
            if (page.switchTo().activeElement().equals(target)) {
                return;
            }
            page.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + target.getDomAttribute("name"));
    }

    private void tabToGroupOf(WebElement radio) {
        String name = radio.getDomAttribute("name");
        for (int i = 0; i < 400; i++) {
            WebElement focused = page.switchTo().activeElement();
            if ("radio".equals(focused.getDomAttribute("type")) && name.equals(focused.getDomAttribute("name"))) {
                return;
            }
            focused.sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached the group " + name);
    }
}
