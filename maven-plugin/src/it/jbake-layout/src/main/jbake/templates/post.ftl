<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>${content.title}</title></head>
<body><h1>${content.title}</h1><p class="date">${content.date?string("yyyy-MM-dd")}</p>${content.body}</body></html>
