package jp.tsunagu.site.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.browser.Browser;
import jp.tsunagu.site.browser.BrowserTest;
import jp.tsunagu.site.browser.StaticServer;

/**
 * Read-aloud (assets/reading.js) in Chromium: sentences cut by the page's own script, ruby text and hidden text
 * left out, one utterance per sentence in the page's language, the sentence shown while it is read, and the
 * play / pause / resume / stop states; the site's readings spoken (x.speech.json, fetched when read-aloud starts), the
 * visible text where there are none, and the slower speed. Headless Chromium has a {@code speechSynthesis} but may have no voice, so
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
        waitSpoken(driver, 1);
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
        waitSpoken(driver, 1);
        driver.executeScript("const u = window.__spoken.at(-1); u.dispatchEvent(new SpeechSynthesisEvent('end', {utterance: u}));");
        play.click();
        Map<String, Object> paused = state(driver);
        // A late end event of the cancelled utterance must not move on.
        driver.executeScript("const u = window.__spoken.at(-1); u.dispatchEvent(new SpeechSynthesisEvent('end', {utterance: u}));");
        long spokenWhilePaused = (Long) driver.executeScript("return window.__spoken.length;");
        play.sendKeys(Keys.SPACE);
        waitSpoken(driver, 3);
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
            waitSpoken(driver, 1);
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

    /**
     * The sample city's page of readings (test-fixtures/sample-city: its furigana readings and speech dictionary):
     * each sentence is handed to the speech engine in the site's readings, while the highlighted range stays the
     * visible sentence; the furigana variant speaks the same.
     */
    @Test
    void speaksTheSitesReadingsAndHighlightsTheVisibleSentence(Browser browser) {
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("読み上げの読みの例", "よみあげのよみのれい");
        expected.put("会津若松市の計画を参考にしました。", "あいづわかまつしのけいかくをさんこうにしました。");
        expected.put("中央卸売市場の近くに相談窓口があります。", "ちゅうおうおろしうりいちばのちかくにそうだんまどぐちがあります。");
        expected.put("市場調査の結果を公開します。", "しじょうちょうさのけっかをこうかいします。");
        expected.put("窓口では、市民の方に使い方を説明します。", "まどぐちでは、しみんのかたにつかいかたをせつめいします。");
        expected.put("ICTとRPAを使い、OODAループで見直します。", "アイシーティーとアールピーエーをつかい、ウーダループでみなおします。");
        expected.put("つなぎ野町の公民館ではWi-Fiが使えます。", "ツナギノチョーのコーミンカンではワイファイがつかえます。");
        ChromeDriver driver = browser.driver();
        String fetched = "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.endsWith('.speech.json'))"
                + ".map(n => decodeURI(n.slice(n.lastIndexOf('/') + 1)));";
        for (String page : List.of("pages/yomiage.html", "pages/yomiage.furigana.html")) {
            browser.open(server.uriOf(page));
            driver.executeScript(RECORD);
            Object before = driver.executeScript(fetched);
            driver.findElement(By.cssSelector(".reading-play")).click();
            waitSpoken(driver, 1);
            Map<String, Object> read = ReadingAidsTests.map(driver.executeScript("""
                    const spoken = {}, highlights = {};
                    const visible = window.tsunaguReading.sentences(document.querySelector('main')).map(s => s.text);
                    for (let i = 0; i < visible.length; i++) {
                      const h = CSS.highlights.get('tsunagu-reading'), range = h ? [...h][0].cloneContents() : null;
                      if (range) { range.querySelectorAll('rt, rp').forEach(e => e.remove()); }
                      highlights[visible[i]] = range ? range.textContent : null;
                      spoken[visible[i]] = window.__spoken[i].text;
                      const u = window.__spoken.at(-1);
                      u.dispatchEvent(new SpeechSynthesisEvent('end', {utterance: u}));
                    }
                    return {spoken: spoken, highlights: highlights, count: window.__spoken.length, sentences: visible.length};
                    """));

            assertThat(before).as("nothing fetched before read-aloud starts").isEqualTo(List.of());
            assertThat(driver.executeScript(fetched)).as(page).isEqualTo(List.of("yomiage.speech.json"));
            assertThat(read.get("count")).as(page).isEqualTo(read.get("sentences"));
            assertThat(ReadingAidsTests.map(read.get("spoken"))).as(page).containsAllEntriesOf(expected);
            assertThat(ReadingAidsTests.map(read.get("highlights"))).as(page)
                    .containsEntry("市場調査の結果を公開します。", "市場調査の結果を公開します。")
                    .containsEntry("ICTとRPAを使い、OODAループで見直します。", "ICTとRPAを使い、OODAループで見直します。");
        }
    }

    /** ゆっくり is kept like the text size, on every page (here a やさしい日本語 page, which speaks its own readings). */
    @Test
    void theSlowerSpeedIsKeptAcrossPagesAndSlowsEveryUtterance(Browser browser) {
        ChromeDriver driver = browser.driver();
        browser.open(server.uriOf("pages/yomiage.html"));
        driver.executeScript("localStorage.clear();");
        try {
            driver.findElement(By.cssSelector("[data-set-speech-rate='slow']")).click();
            browser.open(server.uriOf("viewpoints/A.easy.html"));
            Object kept = driver.executeScript("""
                    const slow = document.querySelector("[data-set-speech-rate='slow']");
                    return [document.documentElement.getAttribute('data-speech-rate'), slow.getAttribute('aria-pressed'), slow.textContent];
                    """);
            driver.executeScript(RECORD);
            driver.findElement(By.cssSelector(".reading-play")).click();
            waitSpoken(driver, 1);
            List<Object> rates = new java.util.ArrayList<>();
            rates.add(driver.executeScript("return Math.round(window.__spoken.at(-1).rate * 100) / 100;"));
            driver.findElement(By.cssSelector("[data-set-speech-rate='']")).click();
            driver.executeScript("const u = window.__spoken.at(-1); u.dispatchEvent(new SpeechSynthesisEvent('end', {utterance: u}));");
            rates.add(driver.executeScript("return Math.round(window.__spoken.at(-1).rate * 100) / 100;"));
            Object easy = driver.executeScript("""
                    const sentences = window.tsunaguReading.sentences(document.querySelector('main')), spoken = {};
                    for (let i = 0; i < sentences.length; i++) {
                      spoken[sentences[i].text] = window.__spoken[i].text;
                      const u = window.__spoken.at(-1);
                      u.dispatchEvent(new SpeechSynthesisEvent('end', {utterance: u}));
                    }
                    return spoken;
                    """);

            assertThat(kept).isEqualTo(List.of("slow", "true", "ゆっくり"));
            assertThat(rates).containsExactly(0.7, 1L);
            assertThat(ReadingAidsTests.map(easy)).containsEntry("市役所 に 行かなくても てつづき が できます。",
                    "しやくしょ に いかなくても てつづき が できます。");
        } finally {
            driver.executeScript("localStorage.clear();");
        }
    }

    @Test
    void withoutTheSpeechFileTheVisibleTextIsSpoken(Browser browser) {
        ChromeDriver driver = browser.driver();
        Object script = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", "window.fetch = () => Promise.reject(new TypeError('offline'));")).get("identifier");
        try {
            browser.open(server.uriOf("pages/yomiage.html"));
            driver.executeScript(RECORD);
            driver.findElement(By.cssSelector(".reading-play")).click();
            waitSpoken(driver, 1);
            driver.executeScript("const u = window.__spoken.at(-1); u.dispatchEvent(new SpeechSynthesisEvent('end', {utterance: u}));");

            assertThat(driver.executeScript(SPOKEN)).isEqualTo(List.of(Map.of("text", "読み上げの読みの例", "lang", "ja-JP"),
                    Map.of("text", "このページは、読み上げとふりがなの読みを確かめるための架空の文章です。", "lang", "ja-JP")));
        } finally {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script));
        }
    }

    /** Waits until the script has handed the engine this many utterances (the first waits for x.speech.json). */
    private static void waitSpoken(ChromeDriver driver, int count) {
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> ((Number) ((ChromeDriver) d).executeScript("return window.__spoken.length;")).intValue() >= count);
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
