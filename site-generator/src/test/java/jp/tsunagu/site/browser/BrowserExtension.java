package jp.tsunagu.site.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands tests one shared {@link Browser}, started on first use and quit when the test run ends.
 * <p>
 * Declare {@code @ExtendWith(BrowserExtension.class)} and take a {@code Browser} parameter; each
 * test gets it {@linkplain Browser#reset() reset}. If Chromium is missing, the test fails.
 */
public final class BrowserExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Browser resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Browser browser = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Browser.class, type -> Browser.start(), Browser.class);
        browser.reset();
        return browser;
    }
}
