// @ts-check
/**
 * SEND_HOURS: the daytime hours in which a force sends feedback links, e.g. `08:00-20:00`, in the
 * force's time zone (SEND_TIMEZONE, default Europe/London, so British Summer Time is followed).
 * A request made outside them waits until they open.
 */

/**
 * @typedef {{ start: number, end: number, timeZone: string }} SendHours minutes after midnight
 */

/**
 * @param {string | undefined} raw e.g. "08:00-20:00"; empty means at any time
 * @param {string} [timeZone]
 * @returns {SendHours | null}
 */
export function parseSendHours(raw, timeZone = 'Europe/London') {
  if (!raw || !raw.trim()) return null;
  const m = /^\s*([01]\d|2[0-3]):([0-5]\d)\s*-\s*([01]\d|2[0-4]):([0-5]\d)\s*$/.exec(raw);
  if (!m) throw new Error(`SEND_HOURS must look like 08:00-20:00, got "${raw}"`);
  const start = Number(m[1]) * 60 + Number(m[2]);
  const end = Number(m[3]) * 60 + Number(m[4]);
  if (end <= start || end > 24 * 60) throw new Error(`SEND_HOURS: the end must be after the start, got "${raw}"`);
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
  } catch {
    throw new Error(`SEND_TIMEZONE: "${timeZone}" is not a time zone such as Europe/London`);
  }
  return { start, end, timeZone };
}

/**
 * Minutes after local midnight of `at` in the time zone.
 * @param {Date} at
 * @param {string} timeZone
 */
function localMinutes(at, timeZone) {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (/** @type {string} */ type) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return get('hour') * 60 + get('minute');
}

/**
 * The first moment at or after `now` at which a message may be sent.
 * @param {SendHours | null} hours
 * @param {Date} now
 * @returns {Date}
 */
export function nextSendTime(hours, now) {
  if (!hours) return now;
  const inside = (/** @type {Date} */ t) => {
    const m = localMinutes(t, hours.timeZone);
    return m >= hours.start && m < hours.end;
  };
  if (inside(now)) return now;
  // Step to the next whole minute, then minute by minute (at most two days: time zone changes included).
  let t = new Date(Math.ceil((now.getTime() + 1) / 60_000) * 60_000);
  for (let i = 0; i < 2 * 24 * 60 && !inside(t); i++) t = new Date(t.getTime() + 60_000);
  return t;
}
