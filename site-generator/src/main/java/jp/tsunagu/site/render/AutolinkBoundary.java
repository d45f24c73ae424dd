package jp.tsunagu.site.render;

import java.util.Set;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Ends a bare URL or e-mail address where its printable ASCII ends.
 * <p>
 * Japanese prose puts no space around a URL: flexmark's autolink extension turns
 * {@code 詳しくはhttps://example.jp/をご覧ください。} into a link to
 * {@code https://example.jp/をご覧ください。}, and {@code 連絡先はinfo@example.jpまで} into a link to
 * {@code mailto:連絡先はinfo@example.jpまで}. This extension runs after it and cuts such a link at the
 * first non-ASCII character (and, for an address, after the last one before the {@code @}),
 * leaving the rest as text; what is left without a host name ({@code https://例え.jp}) is not linked. A URL written in angle brackets
 * ({@code <https://例え.jp/>}) or as {@code [text](url)} is left alone, so a URL that really has
 * Japanese characters can still be linked.
 */
final class AutolinkBoundary implements Parser.ParserExtension {

    private AutolinkBoundary() {
    }

    static AutolinkBoundary create() {
        return new AutolinkBoundary();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // No options.
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.postProcessorFactory(new Factory());
    }

    private static final class Factory extends NodePostProcessorFactory {

        Factory() {
            super(false);
            addNodes(AutoLink.class, MailLink.class);
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return Set.of(AutolinkNodePostProcessor.Factory.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new Cutter();
        }
    }

    private static final class Cutter extends NodePostProcessor {

        @Override
        public void process(NodeTracker state, Node node) {
            if (node instanceof AutoLink link && link.getOpeningMarker().isEmpty()) {
                BasedSequence url = link.getText();
                int end = asciiRunEnd(url, 0);
                if (end < url.length()) {
                    AutoLink shorter = new AutoLink();
                    shorter.setText(url.subSequence(0, end));
                    shorter.setUrlChars(url.subSequence(0, end));
                    int host = url.indexOf("://") < 0 ? 0 : url.indexOf("://") + 3;
                    replace(state, link, url, 0, end, hasDomain(url, host, end) ? shorter : null);
                }
            } else if (node instanceof MailLink link && link.getOpeningMarker().isEmpty()) {
                BasedSequence address = link.getText();
                int at = address.indexOf('@');
                int start = asciiRunStart(address, at);
                int end = asciiRunEnd(address, at);
                if (start > 0 || end < address.length()) {
                    MailLink shorter = new MailLink();
                    shorter.setText(address.subSequence(start, end));
                    boolean valid = start < at && hasDomain(address, at + 1, end);
                    replace(state, link, address, start, end, valid ? shorter : null);
                }
            }
        }

        /**
         * Replaces the link by the text before {@code start}, the shorter link and the text after
         * {@code end}; or, if there is no shorter link, by its text alone.
         */
        private static void replace(NodeTracker state, Node link, BasedSequence chars, int start, int end,
                DelimitedLinkNode shorter) {
            if (shorter == null) {
                insertText(state, link, chars);
            } else {
                if (start > 0) {
                    insertText(state, link, chars.subSequence(0, start));
                }
                shorter.setCharsFromContent();
                shorter.appendChild(new Text(chars.subSequence(start, end)));
                link.insertBefore(shorter);
                state.nodeAddedWithChildren(shorter);
                if (end < chars.length()) {
                    insertText(state, link, chars.subSequence(end));
                }
            }
            link.unlink();
            state.nodeRemoved(link);
        }

        /** Tells whether a host name with a dot starts at {@code from} and ends before {@code end}. */
        private static boolean hasDomain(CharSequence text, int from, int end) {
            int dot = text.subSequence(from, end).toString().indexOf('.');
            return dot > 0 && dot < end - from - 1;
        }

        private static void insertText(NodeTracker state, Node before, BasedSequence chars) {
            Text text = new Text(chars);
            before.insertBefore(text);
            state.nodeAdded(text);
        }

        private static int asciiRunStart(CharSequence text, int from) {
            int start = from;
            while (start > 0 && isPrintableAscii(text.charAt(start - 1))) {
                start--;
            }
            return start;
        }

        private static int asciiRunEnd(CharSequence text, int from) {
            int end = from;
            while (end < text.length() && isPrintableAscii(text.charAt(end))) {
                end++;
            }
            return end;
        }

        private static boolean isPrintableAscii(char c) {
            return c >= 0x21 && c <= 0x7E;
        }
    }
}
