<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>結合テスト市のお知らせ</title></head>
<body><h1>結合テスト市のお知らせ</h1>
<ul><#list published_posts as post><li><a href="${post.uri}">${post.title}</a></li></#list></ul>
</body></html>
