// The site is published, the check found nothing and wrote both reports (formerly passing-project), and the report
// page of the built site carries the results of this audit, and the data beside it.
def site = new File(basedir, 'target/site')
assert new File(site, 'index.html').isFile()
assert new File(site, 'initiatives/online.html').text.contains('行政手続のオンライン化')
assert new File(site, 'history/index.html').isFile()

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/tsunagu-check/tsunagu-check.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results.isEmpty()
def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/tsunagu-check/TEST-tsunagu-check.xml'))
assert junit.@failures.text() == '0'

def report = new File(site, 'accessibility/test-report.html').getText('UTF-8')
assert !report.contains('試験をしないで作成されました')
assert report.contains('達成基準チェックリスト（JIS X 8341-3:2016 の適合レベル A 及び AA、38 項目）')
assert report.contains('自動試験の対象外（人による確認が必要）')
assert !report.contains('問題あり')
def results = new groovy.json.JsonSlurper().parse(new File(site, 'accessibility/test-results.json'))
def pages = []
site.eachFileRecurse { if (it.name.endsWith('.html')) pages << it }
// The pages left after the cut (pom.xml), every one audited.
assert pages.size() == 6
assert results.pages.size() == pages.size()
assert results.modes == ['LIGHT', 'DARK', 'MORE_CONTRAST', 'FORCED_COLORS']
assert results.browser.startsWith('Chromium ')
assert new File(site, 'accessibility/index.html').getText('UTF-8').contains('JIS X 8341-3:2016 の適合レベル AA')
assert new File(site, 'index.html').getText('UTF-8').contains('accessibility/index.html')

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Tsunagu: ') && log.contains(' に公開しました（')
assert log.contains('Tsunagu check: エラー 0 件、警告 0 件、情報 0 件')
assert log =~ /アクセシビリティの試験：\d+ ページ × 4 表示 \+ リフロー。ブラウザーで試験するのは \d+ ページ/
assert log =~ /試験結果: \d+ ページ × 4 表示 \+ リフロー（うち \d+ ページは前回の結果）、問題 0 件/
// Each page's results are kept for the next audit, outside the site folder; the test report and its furigana copy,
// which publishing rewrites, once more by their published bytes (so that an audit with nothing changed opens no browser).
assert new File(basedir, 'target/tsunagu-audit-cache').listFiles().findAll { it.name ==~ /[0-9a-f]{64}\.json/ }.size() == pages.size() + 2
assert new File(basedir, 'target/tsunagu-audit-cache/published.json').isFile()
assert results.pages.every { it.testedAt && it.cached == false }
assert log.contains('BUILD SUCCESS')
true
