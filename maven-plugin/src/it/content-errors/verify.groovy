// Each invocation failed with the messages an editor needs: file:line, severity, code and fix.
def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = [
    'initiatives/online.md:5: エラー E-REF-VIEWPOINT: ',
    'コンテンツにエラーが 1 件あります。上の一覧のファイルと行を直してください',
    'initiatives/online.md:12: 警告 W-LINK-TEXT: リンクの文字「こちら」',
    'initiatives/online.md:14: エラー E-IMG-ALT: ',
    'エラー以上の指摘が 2 件あります（tsunagu.check.failOn = ERROR）',
]
expected.each { assert log.contains(it) : "build.log lacks: ${it}" }
assert !new File(basedir, 'target/site').exists()

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/tsunagu-check/tsunagu-check.sarif'))
def results = sarif.runs[0].results.collect { "${it.ruleId} ${it.locations[0].physicalLocation.artifactLocation.uri}:${it.locations[0].physicalLocation.region?.startLine}" }
// URIs are relative to the repository root, as code scanning wants them
['E-REF-VIEWPOINT', 'src/plan/initiatives/online.md:5', 'W-LINK-TEXT', 'src/plan/initiatives/online.md:12',
 'E-IMG-ALT', 'src/plan/initiatives/online.md:14'].collate(2).each { code, where ->
    assert results.any { it.startsWith(code + ' ') && it.endsWith(where) } : "${code} ${where} not in ${results}"
}
true
