package jp.tsunagu.site.index;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import jp.tsunagu.site.ja.Fold;
import jp.tsunagu.site.ja.Readings;

/**
 * Keeps the nouns worth a line in the 五十音順 keyword index: common and proper nouns, nouns of する verbs and
 * adjectival nouns (and user-dictionary words), at least two characters long, not all hiragana, with a reading.
 */
public final class NounFilter extends FilteringTokenFilter {
    /** The part-of-speech prefixes kept (IPADIC tags). */
    public static final List<String> KEPT = List.of("名詞-一般", "名詞-固有名詞", "名詞-サ変接続", "名詞-形容動詞語幹",
            "カスタム名詞");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PartOfSpeechAttribute partOfSpeech = addAttribute(PartOfSpeechAttribute.class);
    private final ReadingAttribute reading = addAttribute(ReadingAttribute.class);

    /**
     * Creates a filter.
     *
     * @param input  Kuromoji's words, not null
     */
    public NounFilter(TokenStream input) {
        super(input);
    }

    @Override
    protected boolean accept() throws IOException {
        return keeps(term.toString(), partOfSpeech.getPartOfSpeech(), reading.getReading());
    }

    /**
     * Tells whether a word of Kuromoji's is a noun worth a line in the keyword index.
     *
     * @param word  the word as written, not null
     * @param partOfSpeech  its IPADIC part of speech, may be null
     * @param reading  its reading in katakana, may be null
     * @return true to keep it
     */
    static boolean keeps(String word, String partOfSpeech, String reading) {
        if (partOfSpeech == null || KEPT.stream().noneMatch(partOfSpeech::startsWith)) {
            return false;
        }
        boolean tooShort = word.codePointCount(0, word.length()) < 2;
        boolean hiragana = word.chars().allMatch(c -> c >= 'ぁ' && c <= 'ゟ');
        boolean ascii = word.chars().allMatch(c -> c < 0x80);
        if (tooShort || hiragana || ascii || !word.codePoints().allMatch(Fold::isRunChar)) {
            return false;
        }
        return Readings.of(word, reading).isPresent();
    }
}
