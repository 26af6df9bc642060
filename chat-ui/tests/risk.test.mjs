// Unit tests for the risk console's browser-independent parts (no DOM needed).
//   node --test risk.test.mjs
import test from 'node:test';
import assert from 'node:assert/strict';

import { decisionsQuery, diffLineKind, factEntries, factGroups, firedOnce, liveSince, money, newestEntries, newestFirst, percent, previewCounts, probability, problemText, reasonText, rollbackEntries, ruleTitle, rulesHealth, uncappedScore, weight } from '../risk/format.js';
import { translator, label, keysOf } from '../risk/i18n.js';
import { api } from '../risk/api.js';

test('problems: file:line when there is a line, the file alone when not', () => {
  assert.equal(problemText({ file: 'payments.drl', line: 12, message: 'unexpected token' }), 'payments.drl:12: unexpected token');
  assert.equal(problemText({ file: 'scenarios/payments.yml', line: 0, message: 'expected REVIEW, got APPROVE' }),
    'scenarios/payments.yml: expected REVIEW, got APPROVE');
  assert.equal(problemText('plain'), 'plain');
});

test('versions: newest first, a repeated version (a rollback) by its later entry', () => {
  // As GET /api/risk/rules sends them: newest first.
  const sent = [
    { version: 'aaa', liveSince: '2026-12-03T10:00:00Z' },
    { version: 'bbb', liveSince: '2026-12-02T10:00:00Z' },
    { version: 'aaa', liveSince: '2026-12-01T10:00:00Z' },
  ];
  assert.deepEqual(newestFirst(sent).map((v) => `${v.version}@${v.liveSince.slice(8, 10)}`), ['aaa@03', 'bbb@02', 'aaa@01']);
  // Two entries of one second (a publish and the list change it carried): the server's order, the later recorded first.
  const sameTime = [{ version: 'ccc', liveSince: '2026-12-04T10:00:00Z' }, { version: 'ddd', liveSince: '2026-12-04T10:00:00Z' }];
  assert.deepEqual(newestFirst(sameTime).map((v) => v.version), ['ccc', 'ddd']);
  assert.deepEqual(newestFirst(null), []);
});

test('a score kept within 0-100 says what the reasons\' weights add up to (stop 33: "Score 100" beside weights of 160)', () => {
  const declined = [40, 30, 15, 5, 25, 15, 10, 10, 5, 5].map((weight) => ({ code: 'X', weight }));
  assert.equal(uncappedScore(100, declined), 160);
  assert.equal(uncappedScore(0, [{ weight: 10 }, { weight: -30 }]), -20);
  assert.equal(uncappedScore(45, [{ weight: 10 }, { weight: 35 }]), null, 'they agree: nothing to say');
  assert.equal(uncappedScore(100, []), null);
  assert.equal(uncappedScore(100, [{ weight: 'x' }]), null);
  assert.equal(uncappedScore(undefined, declined), null);
  const en = translator('en');
  const zh = translator('zh');
  assert.equal(en('scoreKept', 160), "(the reasons' weights add up to 160; a score is kept within 0-100)");
  assert.equal(zh('scoreKept', 160), '（各原因权重合计 160；分数限定在 0-100 之间）');
});

test('rules health: ok, a rejected edit while the old version serves, not ready', () => {
  assert.equal(rulesHealth({ ready: true, lastProblems: [] }), 'ok');
  assert.equal(rulesHealth({ ready: true, lastProblems: [{ file: 'a.drl', line: 1, message: 'x' }] }), 'rejected');
  assert.equal(rulesHealth({ ready: false, lastProblems: [{ file: 'a.drl', line: 1, message: 'x' }] }), 'not_ready');
});

test('list query: empty filters are left out', () => {
  assert.equal(decisionsQuery({ decision: 'REVIEW', kind: '', limit: 50 }), '?decision=REVIEW&limit=50');
  assert.equal(decisionsQuery({ decision: '', kind: 'financing', limit: 20 }), '?kind=financing&limit=20');
  assert.equal(decisionsQuery({ limit: 0 }), '');
});

test('amounts, weights and reasons in the page language', () => {
  assert.equal(money(12000, 'CNY', 'en'), 'CNY 12,000.00');
  assert.equal(money(6000, null, 'en'), '6,000.00');
  assert.equal(money(null, 'CNY', 'en'), '–');
  assert.equal(weight(15), '+15');
  assert.equal(weight(-30), '-30');
  const reason = { code: 'LARGE_AMOUNT', messageEn: 'A large amount for one payment.', messageZh: '单笔金额较大。' };
  assert.equal(reasonText(reason, 'zh'), '单笔金额较大。');
  assert.equal(reasonText(reason, 'en'), 'A large amount for one payment.');
  assert.equal(reasonText({ code: 'X', messageZh: '中' }, 'en'), '中');
  assert.equal(reasonText({ code: 'X' }, 'en'), 'X');
});

test('every risk console string exists in both languages', () => {
  assert.deepEqual(keysOf('zh').sort(), keysOf('en').sort());
  const en = translator('en');
  const zh = translator('zh');
  for (const key of ['title', 'rollback', 'keyRefused', 'reviewQueue', 'reasons', 'healthOk']) {
    assert.notEqual(zh(key), en(key), key);
  }
  assert.equal(label(zh, 'decision', 'REVIEW'), '审核');
  assert.equal(label(en, 'kind', 'financing'), 'Financing');
  assert.equal(label(en, 'decision', 'MAYBE'), 'MAYBE');
  assert.match(en('healthRejected', 'f553089bedc3'), /REJECTED.*f553089bedc3 keeps serving/);
});

test('an HTML error page (a pasted id with a "/") is never shown: the error says HTTP 400', async () => {
  const realFetch = globalThis.fetch;
  const asked = [];
  globalThis.fetch = async (url) => {
    asked.push(url);
    return new Response('<!doctype html><html><head><title>HTTP Status 400 – Bad Request</title></head></html>',
      { status: 400, headers: { 'Content-Type': 'text/html' } });
  };
  try {
    await assert.rejects(api.decision('../../rules'), (err) => err.status === 400 && err.message === 'HTTP 400');
    assert.deepEqual(asked, ['/api/risk/decisions/..%2F..%2Frules']);
  } finally {
    globalThis.fetch = realFetch;
  }
});

test('rule activity shares as percentages', () => {
  assert.equal(percent(0.1234), '12.3 %');
  assert.equal(percent(1), '100.0 %');
  assert.equal(percent(0), '0.0 %');
  assert.equal(percent(null), '–');
  assert.equal(percent('x'), '–');
});

test('diff lines: headers, hunks, added, removed, context', () => {
  assert.deepEqual(['--- a/thresholds.drl', '+++ b/thresholds.drl', '@@ -27,7 +27,7 @@', '-    DecisionPhase( score >= 40 )',
    '+    DecisionPhase( score >= 30 )', ' end', '', null].map(diffLineKind), ['head', 'head', 'hunk', 'del', 'add', 'ctx', 'ctx', 'ctx']);
  assert.equal(diffLineKind('++x'), 'add', 'an added line that starts with + is not a header');
});

test('a rollback preview\'s counts: payments and financing replayed, capped or not, financing without a stored score', () => {
  assert.deepEqual(previewCounts({ flipped: 3, replayed: 5000, replayedByKind: { payment: 4990, financing: 10 }, paymentsInWindow: 7200,
    financingInWindow: 14, financingWithoutScore: 2, capped: true }),
  { flipped: 3, replayed: 5000, payments: 4990, financing: 10, inWindow: 7214, capped: true, withoutScore: 2 });
  assert.deepEqual(previewCounts(null), { flipped: 0, replayed: 0, payments: 0, financing: 0, inWindow: 0, capped: false, withoutScore: 0 });
});

test('a stored model probability: three decimals, none for no model, a dash for a payment', () => {
  assert.equal(probability(0.2500109972), '0.250');
  assert.equal(probability(-1), 'none');
  assert.equal(probability(null), '–');
  assert.equal(probability(undefined), '–');
});

test('a rule is shown under its readable label, with its own name when that differs', () => {
  const details = { ScorecardRenter: { label: 'FinancingScorecard row 10 (Housing: rent)', kind: 'financing' }, BlockedIp: { label: 'BlockedIp', kind: 'payment' } };
  assert.deepEqual(ruleTitle('ScorecardRenter', details), { name: 'ScorecardRenter', label: 'FinancingScorecard row 10 (Housing: rent)', showName: true, kind: 'financing' });
  assert.deepEqual(ruleTitle('BlockedIp', details), { name: 'BlockedIp', label: 'BlockedIp', showName: false, kind: 'payment' });
  assert.deepEqual(ruleTitle('OldRule', details), { name: 'OldRule', label: 'OldRule', showName: false, kind: '' });
  assert.deepEqual(ruleTitle('X', null), { name: 'X', label: 'X', showName: false, kind: '' });
});

test('the insight requests: activity window, diff against a version, preview of a rollback', async () => {
  const realFetch = globalThis.fetch;
  const asked = [];
  globalThis.fetch = async (url) => { asked.push(url); return new Response('{}', { status: 200 }); };
  try {
    await api.activity(168);
    await api.diff('abc123', '');
    await api.diff('abc123', 'def456');
    await api.rollbackPreview('abc 1', 24);
    assert.deepEqual(asked, ['/api/risk/rules/activity?hours=168', '/api/risk/rules/versions/abc123/diff',
      '/api/risk/rules/versions/abc123/diff?against=def456', '/api/risk/rules/rollback/preview?version=abc%201&hours=24']);
  } finally {
    globalThis.fetch = realFetch;
  }
});

test('the insight strings exist in both languages and differ', () => {
  const en = translator('en');
  const zh = translator('zh');
  for (const key of ['activity', 'showChanges', 'diffLegend', 'previewSample', 'cancel', 'noDeadRules', 'noTrafficNote', 'previewStoredScore']) {
    assert.notEqual(zh(key), en(key), key);
  }
  assert.equal(en('previewCounts', 2, 40, 37, 3), '2 of 40 replayed decisions would change (37 payments, 3 financing replayed).');
  assert.equal(zh('previewCounts', 2, 40, 37, 3), '重放的 40 条决策（支付 37 条，分期 3 条）中有 2 条会改变。');
  assert.equal(en('previewWithoutScore', 4), '4 financing decisions were stored before their model probability was, and are not replayed.');
  assert.equal(zh('previewWithoutScore', 4), '4 条分期决策保存于记录模型概率之前，未重放。');
  assert.equal(en('noTrafficRules', 12), 'No request of their kind for them in this window (12)');
  assert.equal(zh('deadRules', 3), '失效规则：有同类请求却从未触发（3）');
  assert.equal(zh('deadRules', 3, 200), '失效规则：有 200 笔以上同类请求却从未触发（3）');
  assert.equal(zh('tooFewCount', 7, 200), '决策数尚不足（7 / 200）');
  assert.equal(label(zh, 'ruleKind', 'financing'), '分期');
  assert.equal(label(en, 'ruleKind', 'any'), 'any request');
  assert.equal(label(zh, 'windowHours', 720), '最近 30 天');
  assert.equal(label(en, 'diffChange', 'added'), 'added');
});

test('"Add a file" takes the names a draft may write (the server\'s DraftFiles pattern), no others', async () => {
  const { editablePath } = await import('../risk/editor-view.js');
  for (const ok of ['seasonal.drl.csv', 'promo.drl.xlsx', 'extra.drl', 'scenarios/promo.yml', 'scenarios/a-b_c.yaml', 'lists/blocked-emails.csv']) {
    assert.equal(editablePath(ok), true, ok);
  }
  for (const bad of ['', 'notes.txt', 'payments.DRL', '.hidden.drl', '../service/evil.drl', 'lists/../x.csv', 'sub/x.drl',
    'scenarios/x.csv', 'lists/x.yml', 'README.md', 'payments.drl.draft']) {
    assert.equal(editablePath(bad), false, bad);
  }
});

test('a list version is asked by list and version, escaped', async () => {
  const realFetch = globalThis.fetch;
  const asked = [];
  globalThis.fetch = async (url) => { asked.push(url); return new Response('{}', { status: 200 }); };
  try {
    await api.listVersion('blocked-devices', '0f3c2a1b9d8e');
    await api.listVersion('../rules', 'a b');
    assert.deepEqual(asked, ['/api/risk/lists/blocked-devices/versions/0f3c2a1b9d8e', '/api/risk/lists/..%2Frules/versions/a%20b']);
  } finally {
    globalThis.fetch = realFetch;
  }
});

test('the list version strings exist in both languages and differ', () => {
  const en = translator('en');
  const zh = translator('zh');
  for (const key of ['listVersionLive', 'listVersionNotLive', 'listVersionFirst', 'listVersionOnDisk', 'listVersionUnrecorded', 'close']) {
    assert.notEqual(zh(key), en(key), key);
  }
  assert.equal(en('listVersionChanges', 'abc', 1, 0), 'From version abc: 1 added, 0 removed.');
  assert.equal(zh('listVersionChanges', 'abc', 1, 0), '相对版本 abc：新增 1 条，删除 0 条。');
  assert.equal(en('listVersionTitle', 'blocked-devices', '0f3c2a1b9d8e'), 'blocked-devices at version 0f3c2a1b9d8e');
});

test('live since: when the live version went live, not when this process loaded it', () => {
  const versions = [
    { version: 'aaa', liveSince: '2026-12-07T08:30:59Z' },
    { version: 'bbb', liveSince: '2026-12-07T08:33:48Z' },
    { version: 'bbb', liveSince: '2026-12-07T08:34:20Z' }, // a list change: the same version
    { version: 'ccc', liveSince: '2026-12-07T08:35:00Z' },
    { version: 'bbb', liveSince: '2026-12-07T08:36:34Z' }, // rolled back to it
    { version: 'bbb', liveSince: '2026-12-07T08:37:10Z' }, // a list change since
  ];
  // Restarted at 08:40:22: the status says when the rules were loaded.
  const status = { liveVersion: 'bbb', liveSince: '2026-12-07T08:40:22Z' };
  assert.equal(liveSince(status, versions), '2026-12-07T08:36:34Z');
  assert.equal(liveSince({ liveVersion: 'aaa', liveSince: '2026-12-07T09:00:00Z' }, versions), '2026-12-07T09:00:00Z',
    'the newest entry is of another version (rules on disk not yet recorded): the status');
  assert.equal(liveSince(status, null), '2026-12-07T08:40:22Z');
  assert.equal(liveSince(null, versions), '');
});

test('fired rules: each once, in the order it first fired, with how often', () => {
  const fired = ['ScorecardRenter', 'CollectScorecardPoints', 'ScorecardLongTerm', 'CollectScorecardPoints', 'CollectScorecardPoints', 'ReviewAt40'];
  assert.deepEqual(firedOnce(fired), [
    { rule: 'ScorecardRenter', times: 1 }, { rule: 'CollectScorecardPoints', times: 3 },
    { rule: 'ScorecardLongTerm', times: 1 }, { rule: 'ReviewAt40', times: 1 }]);
  assert.deepEqual(firedOnce(null), []);
});

test('rollback: one button per version, on its newest entry, none for the live version however often it is listed', () => {
  const history = newestFirst([
    { version: 'aaa', liveSince: '2026-12-07T08:30:59Z' },
    { version: 'bbb', liveSince: '2026-12-07T08:33:48Z' },
    { version: 'bbb', liveSince: '2026-12-07T08:34:20Z' }, // a list change: the same version
    { version: 'ccc', liveSince: '2026-12-07T08:35:00Z' },
    { version: 'ddd', liveSince: '2026-12-07T08:36:00Z' },
    { version: 'ddd', liveSince: '2026-12-07T08:36:30Z' }, // a list change of the live version
  ]);
  assert.deepEqual(history.map((v) => v.version), ['ddd', 'ddd', 'ccc', 'bbb', 'bbb', 'aaa']);
  assert.deepEqual(rollbackEntries(history, 'ddd'), [false, false, true, true, false, true]);
  assert.deepEqual(rollbackEntries(history, 'bbb'), [true, false, true, false, false, true]);
  assert.deepEqual(rollbackEntries(undefined, 'ddd'), []);
  // "Show changes" likewise once per version, the live one included: its newest entry.
  assert.deepEqual(newestEntries(history), [true, false, true, true, false, true]);
  assert.deepEqual(newestEntries([{ version: 'aaa' }, null, { version: 'aaa' }]), [true, false, false]);
  assert.deepEqual(newestEntries(undefined), []);
});

test('facts the rules saw: one dotted line per fact, in the order sent; none for a decision stored without them', () => {
  const facts = { amountCny: 899, customer: { count10m: 4, sum10m: 3596 }, firstSeenDevice: false, customerTier: null,
    conversation: { present: true, addressChangeRequested: true } };
  assert.deepEqual(factEntries(facts), [['amountCny', '899'], ['customer.count10m', '4'], ['customer.sum10m', '3596'],
    ['firstSeenDevice', 'false'], ['customerTier', ''], ['conversation.present', 'true'],
    ['conversation.addressChangeRequested', 'true']]);
  assert.deepEqual(factEntries(null), []);
  assert.deepEqual(factEntries('x'), []);
});

test('facts for an auditor: those with a value first, the 0 / false / empty ones apart, each in the order sent', () => {
  const facts = { amountCny: 5980, customer: { count10m: 1, sum10m: 0 }, firstSeenDevice: false, customerTier: 'regular',
    order: { given: true, known: true, totalCny: 598, amountToTotal: 10 }, cardsInConversation: { count1h: 0 },
    conversation: { present: false }, ratio: 0.25, missing: null };
  assert.deepEqual(factGroups(facts), {
    telling: [['amountCny', '5980'], ['customer.count10m', '1'], ['customerTier', 'regular'], ['order.given', 'true'],
      ['order.known', 'true'], ['order.totalCny', '598'], ['order.amountToTotal', '10'], ['ratio', '0.25']],
    quiet: [['customer.sum10m', '0'], ['firstSeenDevice', 'false'], ['cardsInConversation.count1h', '0'],
      ['conversation.present', 'false'], ['missing', '']],
  });
  assert.deepEqual(factGroups(null), { telling: [], quiet: [] });
});

test('a list version with one entry says "1 entry"; the rollback reason and the folded facts are asked for in both languages', () => {
  const en = translator('en');
  assert.equal(en('listVersionEntries', 1), '1 entry at this version');
  assert.equal(en('listVersionEntries', 3), '3 entries at this version');
  assert.equal(en('quietFacts', 45), '45 more facts are 0, false or empty');
  assert.equal(translator('zh')('quietFacts', 45), '另有 45 项事实为 0、false 或空');
  assert.ok(en('rollbackReasonRequired').startsWith('Say why you roll back'));
  assert.ok(translator('zh')('rollbackReasonRequired').startsWith('请填写回滚原因'));
});
