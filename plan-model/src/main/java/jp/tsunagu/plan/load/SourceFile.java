package jp.tsunagu.plan.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

import jp.tsunagu.plan.validate.ValidationCode;

/**
 * The decoded text of one content file: UTF-8 with or without BOM, line ends normalised to LF.
 * Bytes that are not UTF-8 are named (Shift_JIS, UTF-16) so the editor knows how to re-save the file.
 *
 * @param relativePath  the path relative to the content root, with {@code /} separators
 * @param text  the text, BOM removed, LF line ends
 */
record SourceFile(String relativePath, String text) {
    /** Larger files are refused: content files are prose, not data dumps. */
    static final long MAX_BYTES = 2L * 1024 * 1024;

    static Optional<SourceFile> read(Path root, Path file, Issues issues) {
        String rel = relative(root, file);
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                issues.add(ValidationCode.E_IO, rel, 0, "これは普通のファイルではありません（フォルダや特殊なファイルへのリンクです）。"
                        + "Markdown のファイルそのものを置いてください。");
                return Optional.empty();
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                issues.add(ValidationCode.E_FILE_SIZE, rel, 0, "ファイルが大きすぎます（" + size / 1024 + " KB）。"
                        + "1ファイルは " + MAX_BYTES / 1024 / 1024 + " MB までです。内容を分けるか、大きなデータは資料として別に公開してください。");
                return Optional.empty();
            }
            return decode(rel, Files.readAllBytes(file), issues);
        } catch (IOException e) {
            String why = e instanceof NoSuchFileException ? "ファイルかリンク先がありません"
                    : e instanceof AccessDeniedException ? "読む権限がありません" : "読み込みの途中で失敗しました";
            issues.add(ValidationCode.E_IO, rel, 0, "ファイルを読めませんでした（" + why
                    + "）。ファイルの権限と、リンク先が存在するかを確認してください。");
            return Optional.empty();
        }
    }

    /** The path relative to the root with {@code /} separators, in Unicode NFC (macOS may write names decomposed). */
    static String relative(Path root, Path file) {
        return java.text.Normalizer.normalize(root.relativize(file).toString().replace('\\', '/'), java.text.Normalizer.Form.NFC);
    }

    static Optional<SourceFile> decode(String rel, byte[] bytes, Issues issues) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            issues.add(ValidationCode.E_ENCODING, rel, 1, "このファイルは UTF-16 で保存されています。"
                    + "エディタで文字コードを「UTF-8」にして保存し直してください。");
            return Optional.empty();
        }
        Optional<String> utf16 = utf16WithoutBom(bytes);
        if (utf16.isPresent()) {
            issues.add(ValidationCode.E_ENCODING, rel, 1, "このファイルは " + utf16.get() + "（BOM なし）で保存されているようです。"
                    + "エディタで文字コードを「UTF-8」にして保存し直してください。");
            return Optional.empty();
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                issues.add(ValidationCode.E_BINARY, rel, lineAt(bytes, i), "ファイルに NUL 文字（バイナリ）が含まれています。"
                        + "画像や Office 文書ではなく、テキスト（Markdown）として保存してください。");
                return Optional.empty();
            }
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            String text = decoder.decode(in).toString();
            return Optional.of(new SourceFile(rel, text.replace("\r\n", "\n").replace('\r', '\n')));
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes, start);
            String guess = looksLikeShiftJis(bytes, start) ? "Shift_JIS（SJIS）" : "UTF-8 以外の文字コード";
            issues.add(ValidationCode.E_ENCODING, rel, lineAt(bytes, bad), "このファイルは " + guess
                    + " で保存されているようです（" + (bad + 1) + " バイト目が UTF-8 として読めません）。"
                    + "エディタで文字コードを「UTF-8」にして保存し直してください。");
            return Optional.empty();
        }
    }

    /**
     * Recognises UTF-16 without a byte order mark: text in it has a NUL in every other byte for ASCII (in the first
     * byte of each pair for big-endian, the second for little-endian), and never both.
     */
    private static Optional<String> utf16WithoutBom(byte[] bytes) {
        int pairs = Math.min(bytes.length, 4096) / 2;
        if (pairs < 2) {
            return Optional.empty();
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenZero += bytes[i] == 0 ? 1 : 0;
            oddZero += bytes[i + 1] == 0 ? 1 : 0;
        }
        if (oddZero * 10 >= pairs * 3 && evenZero * 10 < pairs) {
            return Optional.of("UTF-16（リトルエンディアン）");
        }
        if (evenZero * 10 >= pairs * 3 && oddZero * 10 < pairs) {
            return Optional.of("UTF-16（ビッグエンディアン）");
        }
        return Optional.empty();
    }

    private static int lineAt(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int firstInvalidUtf8(byte[] b, int from) {
        int i = from;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int n = c < 0x80 ? 0 : (c >= 0xC2 && c < 0xE0) ? 1 : (c >= 0xE0 && c < 0xF0) ? 2 : (c >= 0xF0 && c < 0xF5) ? 3 : -1;
            if (n < 0) {
                return i;
            }
            for (int k = 1; k <= n; k++) {
                if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += n + 1;
        }
        return Math.max(from, b.length - 1);
    }

    /** Shift_JIS double-byte characters: a lead byte 0x81–0x9F or 0xE0–0xEF followed by a trail byte 0x40–0xFC. */
    private static boolean looksLikeShiftJis(byte[] b, int from) {
        int pairs = 0;
        int bad = 0;
        for (int i = from; i < b.length; i++) {
            int c = b[i] & 0xFF;
            if ((c >= 0x81 && c <= 0x9F) || (c >= 0xE0 && c <= 0xEF)) {
                int t = i + 1 < b.length ? b[i + 1] & 0xFF : 0;
                if (t >= 0x40 && t <= 0xFC && t != 0x7F) {
                    pairs++;
                    i++;
                } else {
                    bad++;
                }
            }
        }
        return pairs > 0 && bad == 0;
    }
}
