package jp.tsunagu.site.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.browser.Browser;
import jp.tsunagu.site.browser.BrowserTest;
import jp.tsunagu.site.browser.StaticServer;

/**
 * Read-aloud (assets/reading.js) in Chromium: sentences cut by the page's own script, ruby text and hidden text
 * left out, one utterance per sentence in the page's language, the sentence shown while it is read, and the
 * play / pause / resume / stop states. Headless Chromium has a {@code speechSynthesis} but may have no voice, so
 * the tests record what the script hands to the browser's {@code speak} and {@code cancel} (the browser's API
 * wrapped, not ours) and fire the browser's {@code end} event themselves.
 */
@BrowserTest
class ReadAloudTests {

    /** Records utterances instead of speaking them (the browser's API, not the site's script). */
    private static final String RECORD = """
            window.__spoken = []; window.__cancelled = 0;
            speechSynthesis.speak = u => { window.__spoken.push(u); };
            speechSynthesis.cancel = () => { window.__cancelled++; };
            """;

    private static final String SPOKEN = """
            return window.__spoken.map(u => ({text: u.text, lang: u.lang}));
            """;

    /** A fragment as the furigana pages write ruby, with hidden text and an English paragraph. */
    private static final String FRAGMENT = """
            document.querySelector('main').innerHTML = '<h1>見出し</h1>'
              + '<p><ruby>情報<rp>(</rp><rt>じょうほう</rt><rp>)</rp></ruby>を<ruby>読<rt>よ</rt></ruby>む。'
              + '<span hidden>隠れた文。</span><span aria-hidden="true">飾り。</span>「次です！」と言った<span class="x">。</span></p>'
              + '<ul><li>一つ目</li><li>二つ目。三つ目？</li></ul>'
              + '<p lang="en">Version 3.5 is out. Read it!</p><svg><text>12 件</text></svg>';
            """;

    private static StaticServer server;

    @BeforeAll
    static void serve() {
        server = BuiltSites.served(BuiltSites.SAMPLE);
    }

    @Test
    void splitsSentencesAfterJapaneseAndLatinStops(Browser browser) {
        ChromeDriver driver = open(browser);

        Object split = driver.executeScript("""
                return arguments[0].map(t => window.tsunaguReading.split(t).map(s => s.text));
                """, List.of("情報化を進めます。窓口を変えます！本当？「はい。」と答えた。",
                "Version 3.5 is out. It works!Really? Yes...  ok", "見出しだけ", "  ", "。、・",
                "一行目\n  二行目。"));

        assertThat(split).isEqualTo(List.of(
                List.of("情報化を進めます。", "窓口を変えます！", "本当？", "「はい。」", "と答えた。"),
                List.of("Version 3.5 is out.", "It works!", "Really?", "Yes...", "ok"),
                List.of("見出しだけ"),
                List.of(),
                List.of(),
                List.of("一行目 二行目。")));
    }

    @Test
    void readsTheSentencesOfMainSkippingRubyTextAndHiddenText(Browser browser) {
        ChromeDriver driver = open(browser);
        driver.executeScript(FRAGMENT);

        Object sentences = driver.executeScript(
                "return window.tsunaguReading.sentences(document.querySelector('main')).map(s => s.text);");

        assertThat(sentences).isEqualTo(List.of("見出し", "情報を読む。", "「次です！」", "と言った。", "一つ目",
                "二つ目。", "三つ目？", "Version 3.5 is out.", "Read it!"));
    }

    @Test
    void playSpeaksOneSentenceAtATimeAndShowsIt(Browser browser) {
        ChromeDriver driver = open(browser);
        driver.executeScript(FRAGMENT + RECORD);
        WebElement play = driver.findElement(By.cssSelector(".reading-play"));
        WebElement stop = driver.findElement(By.cssSelector(".reading-stop"));
        assertThat(play.getText()).isEqualTo("読み上げる");
        assertThat(stop.isEnabled()).isFalse();

        play.sendKeys(Keys.ENTER);
        Map<String, Object> first = state(driver);
        for (int i = 0; i < 7; i++) {
            driver.executeScript("const u = window.__spoken.at(-1); u.dispatchEvent(new SpeechSynthesisEvent('end', {utterance: u}));");
            if (i == 0) {
                ReadingAidsTests.screenshot(driver, "read-aloud-second-sentence");
            }
        }
        Map<String, Object> eighth = state(driver);

        assertThat(first).containsEntry("label", "一時停止").containsEntry("stopDisabled", false)
                .containsEntry("now", "見出し").containsEntry("highlight", "見出し");
        assertThat(driver.executeScript(SPOKEN)).isEqualTo(List.of(
                Map.of("text", "見出し", "lang", "ja-JP"), Map.of("text", "情報を読む。", "lang", "ja-JP"),
                Map.of("text", "「次です！」", "lang", "ja-JP"), Map.of("text", "と言った。", "lang", "ja-JP"),
                Map.of("text", "一つ目", "lang", "ja-JP"), Map.of("text", "二つ目。", "lang", "ja-JP"),
                Map.of("text", "三つ目？", "lang", "ja-JP"), Map.of("text", "Version 3.5 is out.", "lang", "en")));
        assertThat(eighth).containsEntry("highlight", "Version 3.5 is out.").containsEntry("now", "Version 3.5 is out. Read it!");
    }

    @Test
    void pauseResumeAndStopChangeTheButtons(Browser browser) {
        ChromeDriver driver = open(browser);
        driver.executeScript(FRAGMENT + RECORD);
        WebElement play = driver.findElement(By.cssSelector(".reading-play"));
        WebElement stop = driver.findElement(By.cssSelector(".reading-stop"));

        play.click();
        driver.executeScript("const u = window.__spoken.at(-1); u.dispatchEvent(new SpeechSynthesisEvent('end', {utterance: u}));");
        play.click();
        Map<String, Object> paused = state(driver);
        // A late end event of the cancelled utterance must not move on.
        driver.executeScript("const u = window.__spoken.at(-1); u.dispatchEvent(new SpeechSynthesisEvent('end', {utterance: u}));");
        long spokenWhilePaused = (Long) driver.executeScript("return window.__spoken.length;");
        play.sendKeys(Keys.SPACE);
        Map<String, Object> resumed = state(driver);
        stop.click();
        Map<String, Object> stopped = state(driver);

        assertThat(paused).containsEntry("label", "続きを読む").containsEntry("stopDisabled", false).containsEntry("cancelled", 1L);
        assertThat(spokenWhilePaused).isEqualTo(2);
        assertThat(resumed).containsEntry("label", "一時停止").containsEntry("spoken", 3L)
                .containsEntry("last", "情報を読む。")
                // The highlighted range covers the ruby, readings included; only the utterance leaves them out.
                .containsEntry("highlight", "情報(じょうほう)を読よむ。");
        assertThat(stopped).containsEntry("label", "読み上げる").containsEntry("stopDisabled", true)
                .containsEntry("now", null).containsEntry("highlight", null).containsEntry("focus", "読み上げる")
                .containsEntry("cancelled", 2L);
    }

    @Test
    void bringsTheSentenceIntoViewWithoutAnimationWhenLessMotionIsAsked(Browser browser) {
        ChromeDriver driver = browser.driver();
        String watch = RECORD + """
                window.__scrolls = [];
                const scroll = Element.prototype.scrollIntoView;
                Element.prototype.scrollIntoView = function (options) { window.__scrolls.push(options.behavior); scroll.call(this, options); };
                """;
        List<Object> behaviours = new java.util.ArrayList<>();
        for (String motion : List.of("no-preference", "reduce")) {
            browser.emulateMedia(Map.of("prefers-reduced-motion", motion));
            open(browser);
            driver.executeScript(watch);
            driver.findElement(By.cssSelector(".reading-play")).click();
            behaviours.add(driver.executeScript("return window.__scrolls;"));
        }

        assertThat(behaviours).isEqualTo(List.of(List.of("smooth"), List.of("auto")));
    }

    @Test
    void readAloudIsHiddenWhenTheBrowserCannotSpeak(Browser browser) {
        ChromeDriver driver = browser.driver();
        Object script = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", "delete Window.prototype.speechSynthesis; delete window.speechSynthesis;")).get("identifier");
        try {
            browser.open(server.uriOf("index.html"));
            assertThat(driver.executeScript("return 'speechSynthesis' in window;")).isEqualTo(false);
            assertThat(driver.findElement(By.cssSelector(".reading-tools")).isDisplayed()).isTrue();
            assertThat(driver.findElement(By.cssSelector(".reading-speech")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.cssSelector(".reading-play")).isDisplayed()).isFalse();
        } finally {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script));
        }
        browser.open(server.uriOf("index.html"));
        assertThat(driver.findElement(By.cssSelector(".reading-speech")).isDisplayed()).isTrue();
    }

    private static ChromeDriver open(Browser browser) {
        browser.open(server.uriOf("glossary.html"));
        return browser.driver();
    }

    private static Map<String, Object> state(ChromeDriver driver) {
        return ReadingAidsTests.map(driver.executeScript("""
                const play = document.querySelector('.reading-play'), now = document.querySelector('.reading-now');
                const h = CSS.highlights.get('tsunagu-reading');
                return {label: play.textContent, stopDisabled: document.querySelector('.reading-stop').disabled,
                        now: now ? now.textContent : null, highlight: h ? [...h][0].toString() : null,
                        focus: document.activeElement.textContent, spoken: window.__spoken.length,
                        last: window.__spoken.at(-1).text, cancelled: window.__cancelled};
                """));
    }
}
