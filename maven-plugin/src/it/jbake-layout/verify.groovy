// JBake baked the stock layout: the index lists the post, the page and the post are rendered from Markdown.
def site = new File(basedir, 'target/site')
assert new File(site, 'index.html').getText('UTF-8').contains('電子申請を始めました')
assert new File(site, 'about.html').getText('UTF-8').contains('<strong>お知らせ</strong>')
assert new File(site, 'blog/2024-04-01-kaisetsu.html').getText('UTF-8').contains('2024-04-01')
assert new File(site, 'site.css').isFile()
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('jbake.properties のある JBake の構成として')
assert log.contains('BUILD SUCCESS')
// the AsciiDoc post is left out with a warning naming it, never published as "Rendering engine missing"
assert log.contains('content/blog/2024-04-02-asciidoc.adoc: 警告 W-FORMAT-UNSUPPORTED: AsciiDoc のファイルは Tsunagu ではページにならない')
assert !new File(site, 'blog/2024-04-02-asciidoc.html').exists()
assert !new File(site, 'index.html').getText('UTF-8').contains('AsciiDoc の記事')
true
