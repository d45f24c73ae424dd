package jp.tsunagu.site.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Says in Japanese what went wrong with a file, for messages that editors and Maven users read: the operating
 * system's and the JDK's exception texts are English ("No space left on device"), so they are told by their type
 * and the file they name instead of being appended to a Japanese message.
 * <pre>{@code
 * catch (IOException e) { throw new SiteException(Stage.PUBLISH, "書き込めませんでした: " + IoMessages.of(e), e); }
 * }</pre>
 * This class is immutable and thread-safe.
 */
public final class IoMessages {
    private IoMessages() {
    }

    /**
     * Describes a failed file operation in Japanese, naming the file where the exception names one.
     *
     * @param e  the failure, an {@link IOException} or an {@link UncheckedIOException} around one, not null
     * @return one line in Japanese, not null
     */
    public static String of(Exception e) {
        Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        String file = t instanceof FileSystemException f && f.getFile() != null ? f.getFile() : "";
        String at = file.isEmpty() ? "" : "（" + file + "）";
        String reason = t instanceof FileSystemException f && f.getReason() != null ? f.getReason().toLowerCase(Locale.ROOT) : "";
        if (t instanceof NoSuchFileException) {
            return "ファイルまたはフォルダがありません" + at;
        }
        if (t instanceof AccessDeniedException || reason.contains("permission denied") || reason.contains("read-only")) {
            return "権限がないため読み書きできません" + at;
        }
        if (t instanceof FileAlreadyExistsException) {
            return "同じ名前のファイルがすでにあります" + at;
        }
        if (t instanceof DirectoryNotEmptyException) {
            return "フォルダが空でないため消せません" + at;
        }
        if (t instanceof NotDirectoryException) {
            return "フォルダであるはずの場所がファイルです" + at;
        }
        if (t instanceof FileSystemLoopException) {
            return "シンボリックリンクがたどると元に戻る形になっています" + at;
        }
        String text = reason.isEmpty() && t.getMessage() != null ? t.getMessage().toLowerCase(Locale.ROOT) : reason;
        if (text.contains("no space left") || text.contains("disk quota")) {
            return "ディスクの空きがありません" + at;
        }
        if (text.contains("file too large")) {
            return "ファイルの大きさの上限を超えたため書き込めません" + at;
        }
        if (t instanceof java.nio.charset.CharacterCodingException || t instanceof java.nio.charset.MalformedInputException) {
            return "UTF-8 として読めない文字があります" + at;
        }
        return "ファイルの読み書きに失敗しました（" + t.getClass().getSimpleName() + (file.isEmpty() ? "" : "、" + file) + "）";
    }
}
