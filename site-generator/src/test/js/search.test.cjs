// The shared test vectors (src/test/resources/search/vectors.json) run against assets/search.js with node's own
// test runner; SearchScriptTests runs this file from Maven. The Java side runs the same vectors in
// SearchVectorsTests, so index time and query time cut text the same way.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

// The script as the theme publishes it, with the romaji table of jp.tsunagu.site.ja.Romaji written in:
// SearchScriptTests writes it and names it in TSUNAGU_SEARCH_JS.
if (!process.env.TSUNAGU_SEARCH_JS) {
  throw new Error('TSUNAGU_SEARCH_JS must name the published search.js; run these tests through SearchScriptTests');
}
const search = require(process.env.TSUNAGU_SEARCH_JS);
const vectors = require(path.join(__dirname, '../resources/search/vectors.json'));

test('folds like Fold.fold: NFKC, lower case, katakana to hiragana', () => {
  for (const v of vectors.fold) {
    assert.equal(search.fold(v.in), v.out, v.in);
  }
});

test('cuts text into the unigrams and bigrams of TextAnalyzer', () => {
  for (const v of vectors.text) {
    const tokens = search.runs(search.fold(v.in)).flatMap((run) => search.grams(run, 1));
    assert.deepEqual(tokens, v.tokens, v.in);
  }
});

test('converts romaji to hiragana like Romaji.toKana', () => {
  for (const v of vectors.romaji) {
    assert.equal(search.toKana(v.in), v.out, v.in);
  }
});

test('cuts a run where its script changes like Fold.scripts', () => {
  for (const v of vectors.scripts) {
    assert.deepEqual(search.scripts(v.in), v.out, v.in);
  }
});

test('plans the same keys as QueryPlan', () => {
  for (const v of vectors.plans) {
    assert.deepEqual(search.keys(search.plan(v.in)), v.keys, v.in);
  }
});

test('folds kana that sound alike like Fold.sound', () => {
  for (const v of vectors.sound) {
    assert.equal(search.sound(v.in), v.out, v.in);
  }
});

test('expands synonyms into the same keys as QueryPlan', () => {
  for (const v of vectors.synonymPlans) {
    assert.deepEqual(search.keys(search.plan(v.in, vectors.synonyms)), v.keys, v.in);
  }
});

test('reads a shard and ranks by score, then page', () => {
  // One entry: key "t情報", pages 2 and 5 (deltas 2, 3) in weight classes 1 and 3: varints 2 × 32 + 1, 3 × 32 + 3.
  const key = Buffer.from('t情報', 'utf8');
  const shard = Uint8Array.from([key.length, ...key, 2, 65, 99]);
  const table = Array.from({ length: 32 }, (_, q) => 10 * (q + 1));
  const postings = search.readShard(shard.buffer, table);
  assert.deepEqual(Array.from(postings.get('t情報').pages), [2, 5]);
  assert.deepEqual(Array.from(postings.get('t情報').weights), [20, 40]);
  const hits = search.rank(search.plan('情報'), postings);
  assert.deepEqual(hits, [{ page: 5, score: 40 }, { page: 2, score: 20 }]);
});
