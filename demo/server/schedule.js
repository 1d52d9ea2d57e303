// @ts-check
/**
 * The one way the receiver repeats a task in the background (the retention sweep, the sender):
 * every `intervalMs`, without keeping the process alive. Tests pass a schedule of their own and
 * run the task themselves, so that nothing waits on the clock.
 */

/**
 * @typedef {(intervalMs: number, task: () => Promise<unknown>) => () => void} Schedule
 *   starts repeating `task`; returns the function that stops it.
 */

/** @type {Schedule} */
export const every = (intervalMs, task) => {
  const timer = setInterval(task, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
};
