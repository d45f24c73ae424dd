package jp.tsunagu.site.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class (or a single test) that drives Chromium: tagged {@value #TAG} and handed the shared
 * {@link Browser} by {@link BrowserExtension}.
 * <p>
 * {@code mvn test} (surefire) leaves these tests out, so the fast tests answer in a few minutes; {@code mvn verify}
 * runs them with failsafe at {@code integration-test} and fails the build on any failure. A missing Chromium or
 * ChromeDriver fails them, never skips them. Run one alone with
 * {@code mvn -B -o -pl site-generator -am verify -Dit.test=FooTests -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(BrowserTest.TAG)
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {
    /** The JUnit tag of browser tests, named in site-generator/pom.xml. */
    String TAG = "browser";
}
