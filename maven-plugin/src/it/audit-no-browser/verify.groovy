def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Chromium と ChromeDriver が必要ですが、/nonexistent/chromium が見つからないか、実行できません。')
assert log.contains('scripts/install-browser.sh')
assert log.contains('BUILD FAILURE')
// The site was built, and its report page still says plainly that it was not tested.
assert new File(basedir, 'target/site/accessibility/test-report.html').getText('UTF-8').contains('試験をしないで作成されました')
true
