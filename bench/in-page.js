// @ts-check
/**
 * Injected before any page script (playwright addInitScript) into both timelines' pages, so both
 * are measured by the same code. Kept as plain JavaScript because it is sent to the browser as it
 * is; the Node side sees its shape through bench/in-page-api.ts.
 *
 * Every time is milliseconds since navigation started (performance.now()), and every "painted at"
 * is taken in a task posted while a frame is drawn (from a requestAnimationFrame callback, or from the
 * end of its update: nextFrame): it runs once that frame's style, layout and paint are done, so it
 * marks when the user could first see the frame.
 */
(() => {
  if (window !== window.top) return;
  /** @type {{ item: string, card: string }} */
  // @ts-expect-error set by the bench in an init script that runs just before this one
  const config = window.__benchConfig;

  /** @type {{ start: number, end: number }[]} */
  const longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  /**
   * Samples the page once per frame, as it will be painted: `sample` runs at the end of the next frame's
   * update, after every requestAnimationFrame callback, style and layout (where a new ResizeObserver
   * gets its first notice), so it sees changes made by any of them; `painted` gets what it returned in
   * a task posted from there, once that frame has been painted, with the time its update began (when
   * its requestAnimationFrame callbacks ran: a frame's own timestamp is its vsync, which comes before
   * an action that kept the main thread busy until then, though that frame is the one that shows it).
   * (Sampled in a requestAnimationFrame callback instead, a change made by a later callback of the same
   * frame, such as vis-timeline's redraw, would be counted one frame late.)
   * @template T
   * @param {() => T} sample
   * @param {(value: T, frameTime: number) => void} painted
   */
  function nextFrame(sample, painted) {
    requestAnimationFrame(() => {
      const frameTime = performance.now();
      const endOfUpdate = new ResizeObserver(() => {
        endOfUpdate.disconnect();
        const value = sample();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => painted(value, frameTime);
        channel.port2.postMessage(null);
      });
      endOfUpdate.observe(document.documentElement);
    });
  }

  /** Drawn, not hidden by CSS, and at least partly inside the viewport. */
  function isShown(/** @type {Element} */ element) {
    const box = element.getBoundingClientRect();
    const inViewport =
      box.width > 0 &&
      box.height > 0 &&
      box.right > 0 &&
      box.bottom > 0 &&
      box.left < innerWidth &&
      box.top < innerHeight;
    return inViewport && element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  }

  /** @returns {Element | undefined} */
  function firstShownItem() {
    for (const element of document.querySelectorAll(config.drawn)) if (isShown(element)) return element;
    return undefined;
  }

  /** Checked once per frame from the start: when the first frame showing an item was painted. */
  const firstItemPainted = new Promise((resolve) => {
    const check = () => {
      if (firstShownItem()) {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      } else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });

  /**
   * @template T
   * @param {Promise<T>} promise
   * @param {number} ms
   * @param {string} message
   * @returns {Promise<T>}
   */
  function withTimeout(promise, ms, message) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${message} (waited ${ms / 1000} s)`)), ms);
      promise.then(
        (value) => (clearTimeout(timer), resolve(value)),
        (error) => (clearTimeout(timer), reject(error)),
      );
    });
  }

  /** @type {{ start: number, mutated: boolean, observer: MutationObserver, inputAt: number | null } | null} */
  let watch = null;

  /**
   * The first pointerdown, wheel, keydown or input after startWatch() is the user's action being
   * measured: a typed key counts from its keydown, a value set at once (Playwright's fill) from its input.
   */
  const noteInput = (/** @type {Event} */ event) => {
    if (watch && watch.inputAt === null) watch.inputAt = event.timeStamp;
  };
  for (const type of ['pointerdown', 'wheel', 'keydown', 'input'])
    window.addEventListener(type, noteInput, { capture: true, passive: true });

  /** Starts recording DOM changes, before an action whose cost is then measured by settled(). */
  function startWatch() {
    const observer = new MutationObserver(() => {
      if (watch) watch.mutated = true;
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    watch = { start: performance.now(), mutated: false, observer, inputAt: null };
  }

  /**
   * Milliseconds from the action (the watch's start, or the pointerdown or wheel it saw) until the
   * last frame that showed a DOM change had been painted, once `quietFrames` frames in a row changed
   * nothing, and how many frames (requestAnimationFrame callbacks after the action) that took.
   * The quiet frames only confirm the view has settled; they are not counted.
   * With `ready`, the view has not settled before it holds: a result that arrives after a few quiet
   * frames is still waited for.
   * @param {'watch' | 'input'} from
   * @param {string} action named in the error when nothing changes
   * @param {() => boolean} [ready]
   * @returns {Promise<{ elapsed: number, frames: number }>}
   */
  function settled(from, action, quietFrames = 3, timeoutMs = 15000, ready = () => true) {
    const current = watch;
    if (!current) return Promise.reject(new Error('settled() called without startWatch()'));
    return new Promise((resolve, reject) => {
      /** @type {number | null} */
      let lastChangePainted = null;
      let quiet = 0;
      let frames = 0;
      let framesToLastChange = 0;
      const finish = (/** @type {() => void} */ outcome) => {
        current.observer.disconnect();
        watch = null;
        outcome();
      };
      const onFrame = () => {
        nextFrame(takeChange, (changed, frameTime) => {
          const now = performance.now();
          const start = from === 'input' ? current.inputAt : current.start;
          if (start !== null && frameTime >= start) frames += 1;
          if (changed) [lastChangePainted, quiet, framesToLastChange] = [now, 0, frames];
          else if (lastChangePainted !== null) quiet += 1;
          if (lastChangePainted !== null && quiet >= quietFrames && ready()) {
            const elapsed = start === null ? null : lastChangePainted - start;
            if (elapsed === null)
              finish(() => reject(new Error(`${action}: no pointerdown or wheel reached the page`)));
            else finish(() => resolve({ elapsed, frames: framesToLastChange }));
          } else if (now - current.start > timeoutMs) {
            const what =
              lastChangePainted === null
                ? 'changed nothing on the page'
                : ready()
                  ? 'kept changing the page'
                  : 'never showed the expected result';
            finish(() => reject(new Error(`${action} ${what} for ${timeoutMs / 1000} s`)));
          } else onFrame();
        });
      };
      const takeChange = () => {
        const changed = current.mutated;
        current.mutated = false;
        return changed;
      };
      // Changes made by the action itself (or before the first frame) count for the first frame.
      onFrame();
    });
  }

  /**
   * Whether an element matching `selector` is drawn (not hidden by CSS) and reads exactly `text`
   * (trimmed). It may be scrolled out of view: the editor's preview column scrolls on its own.
   */
  function shows(/** @type {string} */ selector, /** @type {string} */ text) {
    return [...document.querySelectorAll(selector)].some(
      (element) =>
        element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
        (element.textContent ?? '').trim() === text,
    );
  }

  /** Whether a shown card (per the config's selector) has this text. */
  function cardShows(/** @type {string} */ text) {
    return [...document.querySelectorAll(config.card)].some(
      (card) => isShown(card) && (card.textContent ?? '').includes(text),
    );
  }

  /** A button by its accessible label or its text, e.g. "Zoom in" in both timelines. */
  function buttonLabelled(/** @type {string} */ label) {
    for (const button of document.querySelectorAll('button')) {
      if (button.getAttribute('aria-label') === label || button.textContent?.trim() === label) return button;
    }
    throw new Error(`no button labelled "${label}" on the page`);
  }

  const api = {
    firstItemPainted: (/** @type {number} */ timeoutMs) =>
      withTimeout(firstItemPainted, timeoutMs, `nothing matching "${config.drawn}" became visible`),

    /** The end of the last long task before `quietMs` without one, and the long-task total until then. */
    idle(/** @type {number} */ after, quietMs = 500, timeoutMs = 60000) {
      return withTimeout(
        new Promise((resolve) => {
          const check = () => {
            const lastEnd = Math.max(after, ...longTasks.map((task) => task.end));
            if (performance.now() - lastEnd >= quietMs) {
              const total = longTasks
                .filter((task) => task.start < lastEnd)
                .reduce((sum, task) => sum + task.end - task.start, 0);
              resolve({ idleAt: lastEnd, longTaskTotal: total, longTaskCount: longTasks.length });
            } else setTimeout(check, 50);
          };
          check();
        }),
        timeoutMs,
        `the page never went ${quietMs} ms without a long task`,
      );
    },

    /** One click on a labelled button, measured until the view has settled. */
    async clickButton(/** @type {string} */ label, /** @type {number} */ timeoutMs) {
      const button = buttonLabelled(label);
      startWatch();
      button.click();
      return settled('watch', `"${label}"`, 3, timeoutMs);
    },

    startWatch,
    settledSinceInput: (/** @type {string} */ action, /** @type {number} */ timeoutMs) =>
      settled('input', action, 3, timeoutMs),

    /**
     * As settledSinceInput, and the view has not settled before an element matching `selector` is
     * drawn reading `text` (trimmed), e.g. the search's count "12 of 5000 events".
     */
    settledShowing: (
      /** @type {string} */ action,
      /** @type {string} */ selector,
      /** @type {string} */ text,
      /** @type {number} */ timeoutMs,
    ) => settled('input', action, 3, timeoutMs, () => shows(selector, text)),

    /**
     * Milliseconds from the action (its pointerdown, wheel, keydown or input) until the first painted
     * frame in which an element matching `selector` is drawn reading `text`, and the frames until then.
     */
    shownSinceInput(
      /** @type {string} */ action,
      /** @type {string} */ selector,
      /** @type {string} */ text,
      /** @type {number} */ timeoutMs,
    ) {
      const current = watch;
      if (!current) return Promise.reject(new Error('shownSinceInput() called without startWatch()'));
      return new Promise((resolve, reject) => {
        let frames = 0;
        const finish = (/** @type {() => void} */ outcome) => {
          current.observer.disconnect();
          watch = null;
          outcome();
        };
        const onFrame = () => {
          nextFrame(
            () => shows(selector, text),
            (shown, frameTime) => {
              const now = performance.now();
              const start = current.inputAt;
              if (start !== null && frameTime >= start) frames += 1;
              if (shown && start !== null) finish(() => resolve({ elapsed: now - start, frames }));
              else if (shown) finish(() => reject(new Error(`${action}: no input event reached the page`)));
              else if (now - current.start > timeoutMs)
                finish(() =>
                  reject(new Error(`${action}: "${text}" not shown in ${selector} for ${timeoutMs / 1000} s`)),
                );
              else onFrame();
            },
          );
        };
        onFrame();
      });
    },

    /**
     * A point near the viewport's centre where a click lands on an item, and that item's text.
     * Items may overlap (TimelineJS stacks its markers), so the item is the one on top there.
     */
    clickableItem() {
      const centres = [...document.querySelectorAll(config.item)].filter(isShown).map((element) => {
        const box = element.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      });
      centres.sort((a, b) => Math.abs(a.x - innerWidth / 2) - Math.abs(b.x - innerWidth / 2));
      for (const { x, y } of centres) {
        const onTop = document.elementFromPoint(x, y)?.closest(config.item);
        if (onTop && isShown(onTop)) return { x, y, text: onTop.textContent?.trim() ?? '' };
      }
      throw new Error(`none of the ${centres.length} shown items matching "${config.item}" can be clicked`);
    },

    /**
     * As settledSinceInput, and the view has not settled before a card (per the config's selector) is
     * shown with this text: a card whose code is still on its way has not opened.
     */
    settledWithCard: (/** @type {string} */ action, /** @type {string} */ text, /** @type {number} */ timeoutMs) =>
      settled('input', action, 3, timeoutMs, () => cardShows(text)),
  };
  Object.assign(window, { __bench: api });
})();
