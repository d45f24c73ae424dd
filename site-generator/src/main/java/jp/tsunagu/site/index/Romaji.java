package jp.tsunagu.site.index;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Converts romaji as residents type it into an IME (Hepburn and kunrei spellings, {@code nn} and doubled
 * consonants) into hiragana, so that {@code jouhou} finds 情報 through its reading じょうほう. The same table and
 * rules are in {@code assets/search.js}; the shared test vectors check both.
 * <p>
 * {@code Romaji.toKana("jouhou")} is {@code Optional.of("じょうほう")}; {@code Romaji.toKana("ict")} is empty,
 * because {@code c} alone is no syllable: a word that is not romaji throughout is left alone.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Romaji {
    /** The syllables, as pairs: romaji, hiragana. The JavaScript client holds the same list. */
    static final String TABLE = "a あ i い u う e え o お "
            + "ka か ki き ku く ke け ko こ kya きゃ kyu きゅ kyo きょ "
            + "sa さ si し shi し su す se せ so そ sha しゃ shu しゅ she しぇ sho しょ sya しゃ syu しゅ syo しょ "
            + "ta た ti ち chi ち tu つ tsu つ te て to と cha ちゃ chu ちゅ che ちぇ cho ちょ "
            + "tya ちゃ tyu ちゅ tyo ちょ cya ちゃ cyu ちゅ cyo ちょ thi てぃ "
            + "na な ni に nu ぬ ne ね no の nya にゃ nyu にゅ nyo にょ "
            + "ha は hi ひ hu ふ fu ふ he へ ho ほ hya ひゃ hyu ひゅ hyo ひょ fa ふぁ fi ふぃ fe ふぇ fo ふぉ "
            + "ma ま mi み mu む me め mo も mya みゃ myu みゅ myo みょ "
            + "ya や yu ゆ yo よ "
            + "ra ら ri り ru る re れ ro ろ rya りゃ ryu りゅ ryo りょ "
            + "wa わ wi うぃ we うぇ wo を "
            + "ga が gi ぎ gu ぐ ge げ go ご gya ぎゃ gyu ぎゅ gyo ぎょ "
            + "za ざ zi じ ji じ zu ず ze ぜ zo ぞ ja じゃ ju じゅ je じぇ jo じょ "
            + "jya じゃ jyu じゅ jyo じょ zya じゃ zyu じゅ zyo じょ "
            + "da だ di ぢ du づ de で do ど dya ぢゃ dyu ぢゅ dyo ぢょ dhi でぃ "
            + "ba ば bi び bu ぶ be べ bo ぼ bya びゃ byu びゅ byo びょ "
            + "pa ぱ pi ぴ pu ぷ pe ぺ po ぽ pya ぴゃ pyu ぴゅ pyo ぴょ "
            + "va ゔぁ vi ゔぃ vu ゔ ve ゔぇ vo ゔぉ "
            + "xa ぁ xi ぃ xu ぅ xe ぇ xo ぉ la ぁ li ぃ lu ぅ le ぇ lo ぉ "
            + "xya ゃ xyu ゅ xyo ょ lya ゃ lyu ゅ lyo ょ xtu っ xtsu っ ltu っ";

    private static final Map<String, String> SYLLABLES = new HashMap<>();

    static {
        String[] parts = TABLE.split(" ");
        for (int i = 0; i < parts.length; i += 2) {
            SYLLABLES.put(parts[i], parts[i + 1]);
        }
    }

    private Romaji() {
    }

    /**
     * Converts a folded run of lower-case ASCII letters to hiragana.
     *
     * @param run  a folded run, not null
     * @return the hiragana, or empty if the run is not romaji from start to end
     */
    public static Optional<String> toKana(String run) {
        if (run.isEmpty() || !run.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < run.length()) {
            char c = run.charAt(i);
            char next = i + 1 < run.length() ? run.charAt(i + 1) : 0;
            if (c == 'n' && next == 'n') {
                // "nn" is ん; before a vowel or y the second n starts the next syllable: konnichiha → こんにちは.
                char after = i + 2 < run.length() ? run.charAt(i + 2) : 0;
                out.append('ん');
                i += "aiueoy".indexOf(after) >= 0 && after != 0 ? 1 : 2;
                continue;
            }
            if (c == 'n' && (next == 0 || "aiueoy".indexOf(next) < 0)) {
                out.append('ん');
                i += 1;
                continue;
            }
            if (c == next && "aiueon".indexOf(c) < 0 || c == 't' && next == 'c') {
                out.append('っ');
                i += 1;
                continue;
            }
            String kana = null;
            int length = Math.min(4, run.length() - i);
            for (; length > 0; length--) {
                kana = SYLLABLES.get(run.substring(i, i + length));
                if (kana != null) {
                    break;
                }
            }
            if (kana == null) {
                return Optional.empty();
            }
            out.append(kana);
            i += length;
        }
        return Optional.of(out.toString());
    }
}
