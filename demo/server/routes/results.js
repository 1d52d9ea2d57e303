// @ts-check
/**
 * The results, for staff and API tokens with the right permission (the router has checked it):
 * GET /api/summary, GET /api/export.csv (both also cross-origin), the comment review queue
 * (GET /api/comments, POST /api/comments/<id>/reviewed) and the contact requests waiting to be sent.
 */
import { buildSummary, isoWeek, language, channel } from '../summary.js';
import { csvRow } from '../csv.js';
import { maskContacts } from '../mask.js';
import { COMMON_HEADERS } from '../security.js';
import { sendError, sendJson } from '../respond.js';

/**
 * @typedef {import('../router.js').Handler} Handler
 * @typedef {import('node:http').ServerResponse} Res
 * @typedef {{ max: number, period: { from: string | null, to: string | null }, borough: string | null, unit: string | null }} ResultsQuery
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * ?max=, ?from=, ?to= (ISO dates, `to` inclusive), ?borough=, ?unit=.
 * @param {URLSearchParams} query
 * @returns {{ ok: true } & ResultsQuery | { ok: false, message: string }}
 */
export function resultsQuery(query) {
  const rawMax = query.get('max');
  const max = rawMax === null || rawMax === '' ? 5 : Number(rawMax);
  if (!Number.isInteger(max) || max < 3 || max > 10) return { ok: false, message: 'max must be a whole number from 3 to 10.' };
  const from = query.get('from') || null;
  const to = query.get('to') || null;
  for (const [name, d] of [
    ['from', from],
    ['to', to],
  ]) {
    if (d !== null && (!DATE.test(d) || Number.isNaN(Date.parse(`${d}T00:00:00Z`)))) {
      return { ok: false, message: `${name} must be a date like 2025-01-31.` };
    }
  }
  if (from && to && from > to) return { ok: false, message: 'from must not be after to.' };
  const borough = query.get('borough')?.slice(0, 100) || null;
  const unit = query.get('unit')?.slice(0, 64) || null;
  return { ok: true, max, period: { from, to }, borough, unit };
}

/**
 * The query, or a 400 answered and null.
 * @param {Res} res
 * @param {URLSearchParams} query
 * @param {Record<string, string>} headers
 * @returns {ResultsQuery | null}
 */
function checkedQuery(res, query, headers) {
  const q = resultsQuery(query);
  if (q.ok) return q;
  sendError(res, 400, 'bad_query', q.message, {}, headers);
  return null;
}

/** @param {import('./index.js').Context} context */
export function resultsRoutes({ cfg, now, store, queue, worker }) {
  /** @type {Handler} GET /api/summary */
  async function summary(req, res, { query, headers, who }) {
    const q = checkedQuery(res, query, headers);
    if (!q) return;
    const [cells, scales] = await Promise.all([store.ratingCells(q.max, q.period), store.scales()]);
    const built = buildSummary(
      { cells, scales },
      {
        max: q.max,
        minGroupSize: cfg.minGroupSize,
        now: now(),
        units: cfg.units,
        period: q.period,
        borough: q.borough,
        unit: q.unit,
      },
    );
    const contactRequests = { ...(await queue.counts()), channels: [...worker.channels] };
    /** @type {Record<string, unknown>} */
    const extra = { contactRequests };
    if (who.permissions.includes('comments')) extra.comments = { unreviewed: await store.unreviewedCount() };
    sendJson(res, 200, { ...built, ...extra }, headers);
  }

  /**
   * @type {Handler} GET /api/export.csv: the ratings as CSV, for what the role may see: small
   * groups' officer, unit and borough left blank (as in the summary), unverified ratings never
   * attributed, comments only for reviewers and with phone numbers and emails masked.
   */
  async function exportCsv(req, res, { query, headers, who }) {
    const q = checkedQuery(res, query, headers);
    if (!q) return;
    const withComments = who.permissions.includes('comments');
    const rows = await store.exportRows(q.period);
    const min = Math.max(1, cfg.minGroupSize);
    const boroughOf = new Map(cfg.units.map((u) => [u.code, u.borough]));
    /** @param {(r: import('../db.js').ExportRow) => string | null | undefined} key */
    const sizes = (key) => {
      /** @type {Map<string, number>} */
      const m = new Map();
      for (const r of rows) {
        const k = r.verified ? key(r) : null;
        if (k) m.set(k, (m.get(k) ?? 0) + 1);
      }
      return m;
    };
    const officerN = sizes((r) => r.officer);
    const unitN = sizes((r) => r.unit);
    const boroughN = sizes((r) => (r.unit ? boroughOf.get(r.unit) : null));
    /** @param {Map<string, number>} sizesOf @param {string | null | undefined} k @param {number} verifiedFlag */
    const shown = (sizesOf, k, verifiedFlag) => (verifiedFlag && k && (sizesOf.get(k) ?? 0) >= min ? k : null);
    const header = ['id', 'received_week', 'language', 'channel', 'rating', 'max', 'verified', 'borough', 'unit', 'officer'];
    if (withComments) header.push('comment');
    const parts = [
      '\uFEFF', // byte order mark: spreadsheet programs then read the file as UTF-8
      csvRow(header),
    ];
    for (const r of rows) {
      const borough = r.unit ? (boroughOf.get(r.unit) ?? null) : null;
      const cells = [
        r.id,
        isoWeek(r.received_at.slice(0, 10)),
        language(r.locale),
        channel(r.src),
        r.rating_value,
        r.rating_max,
        r.verified ? 'yes' : 'no',
        shown(boroughN, borough, r.verified),
        shown(unitN, r.unit, r.verified),
        shown(officerN, r.officer, r.verified),
      ];
      if (withComments) cells.push(maskContacts(r.comment));
      parts.push(csvRow(cells));
    }
    const csv = parts.join('');
    const date = now().toISOString().slice(0, 10);
    res.writeHead(200, {
      ...COMMON_HEADERS,
      ...headers,
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="victim-feedback-ratings-${date}.csv"`,
      'Content-Length': Buffer.byteLength(csv),
      'Cache-Control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : csv);
  }

  /** @type {Handler} GET /api/comments?reviewed=1: the review queue (reviewers only), contacts masked. */
  async function comments(req, res, { query, headers }) {
    const q = checkedQuery(res, query, headers);
    if (!q) return;
    const reviewed = query.get('reviewed') === '1';
    const rows = await store.comments({ reviewed, limit: 200, period: q.period });
    sendJson(res, 200, {
      reviewed,
      comments: rows.map((r) => ({
        id: r.id,
        receivedAt: r.received_at,
        week: isoWeek(r.received_at.slice(0, 10)),
        language: language(r.locale),
        rating: { value: r.rating_value, max: r.rating_max },
        // Unit only for verified ratings; never the officer next to the words (a reviewer reads
        // comments to improve the service, not to trace them).
        unit: r.verified ? r.unit : null,
        comment: maskContacts(r.comment),
        reviewedAt: r.reviewed_at,
        reviewedBy: r.reviewed_by,
      })),
    });
  }

  /** @type {Handler} POST /api/comments/<id>/reviewed: a reviewer has read the comment. */
  async function markReviewed(req, res, { params: [id], who }) {
    if (!(await store.markReviewed(id, who.name, now()))) return sendError(res, 404, 'not_found', 'There is no comment with this id.');
    sendJson(res, 200, { id, reviewed: true });
  }

  /** @type {Handler} GET /api/contact-requests: requests waiting to be sent, with the number or address (sender only). */
  async function contactRequests(req, res) {
    const waiting = await queue.waiting(200);
    sendJson(res, 200, { counts: await queue.counts(), channels: [...worker.channels], waiting });
  }

  return { summary, exportCsv, comments, markReviewed, contactRequests };
}
