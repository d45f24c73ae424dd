// The site is published, the check found nothing and wrote both reports.
def site = new File(basedir, 'target/site')
assert new File(site, 'index.html').isFile()
assert new File(site, 'initiatives/online.html').text.contains('行政手続のオンライン化')
assert new File(site, 'history/index.html').isFile()

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Tsunagu: ') && log.contains(' に公開しました（')
assert log.contains('Tsunagu check: エラー 0 件、警告 0 件、情報 0 件')
assert log.contains('BUILD SUCCESS')

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/tsunagu-check/tsunagu-check.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results.isEmpty()
def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/tsunagu-check/TEST-tsunagu-check.xml'))
assert junit.@failures.text() == '0'
true
