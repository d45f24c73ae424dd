package jp.tsunagu.site.serve;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live-reload script and its injection into served pages. Only the development server injects it, into
 * the bytes it sends; the files of the site are never changed, so the published site has no trace of it.
 * <p>
 * The script listens to {@code /__tsunagu/events} (Server-Sent Events) and reloads the page when the build
 * version differs from the one the page was served with; without {@code EventSource} it polls
 * {@code /__tsunagu/version}. A page whose Content-Security-Policy limits scripts or connections gets
 * {@code 'self'} added to those directives in the served copy, so the script may run.
 */
final class LiveReload {
    /** The folder of the server's own resources; no site file can be reached under it. */
    static final String PREFIX = "/__tsunagu/";

    static final String SCRIPT = """
            (function () {
              'use strict';
              var me = document.currentScript;
              var version = me ? me.getAttribute('data-version') : null;
              function check(v) {
                if (version !== null && String(v).trim() !== version) {
                  location.reload();
                }
              }
              var note = new XMLHttpRequest();
              note.onload = function () {
                var text = note.responseText.trim();
                var host = document.querySelector('main') || document.body;
                if (note.status === 200 && text && host) {
                  var p = document.createElement('p');
                  p.className = 'tsunagu-dev-note';
                  p.setAttribute('role', 'note');
                  p.textContent = '（プレビュー）' + text;
                  host.appendChild(p);
                }
              };
              note.open('GET', '/__tsunagu/note');
              note.send();
              if (window.EventSource) {
                var events = new EventSource('/__tsunagu/events');
                events.onmessage = function (e) { check(e.data); };
              } else {
                setInterval(function () {
                  var x = new XMLHttpRequest();
                  x.onload = function () { check(x.responseText); };
                  x.open('GET', '/__tsunagu/version');
                  x.send();
                }, 1000);
              }
            })();
            """;

    private static final Pattern BODY_END = Pattern.compile("(?i)</body\\s*>");
    private static final Pattern CSP_META = Pattern.compile(
            "(?i)(<meta\\s+http-equiv\\s*=\\s*[\"']content-security-policy[\"']\\s+content\\s*=\\s*\")([^\"]*)(\")");

    private LiveReload() {
    }

    /**
     * Returns a page with the script added before {@code </body>} (or at the end).
     *
     * @param html  the page, not null
     * @param version  the build version the page comes from
     * @return the page to send, not null
     */
    static byte[] inject(byte[] html, long version) {
        String page = new String(html, StandardCharsets.UTF_8);
        String tag = "<script src=\"" + PREFIX + "live.js\" data-version=\"" + version + "\"></script>\n";
        page = allowSelf(page);
        Matcher m = BODY_END.matcher(page);
        int at = -1;
        while (m.find()) {
            at = m.start();
        }
        page = at < 0 ? page + tag : page.substring(0, at) + tag + page.substring(at);
        return page.getBytes(StandardCharsets.UTF_8);
    }

    /** Adds 'self' to script-src and connect-src (or default-src) of a CSP meta element that lacks it. */
    static String allowSelf(String page) {
        Matcher m = CSP_META.matcher(page);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String policy = m.group(2);
            StringBuilder changed = new StringBuilder();
            for (String directive : policy.split(";")) {
                String d = directive.strip();
                String name = d.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
                boolean relevant = name.equals("script-src") || name.equals("script-src-elem") || name.equals("connect-src")
                        || name.equals("default-src");
                if (relevant && !d.contains("'self'")) {
                    d = d.replace("'none'", "").strip() + " 'self'";
                }
                if (!d.isEmpty()) {
                    changed.append(changed.length() == 0 ? "" : "; ").append(d);
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + changed + m.group(3)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
