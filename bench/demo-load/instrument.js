// Runs in the demo page before any of its scripts (`page.addInitScript`: CDP injects it, so the
// page's CSP and Trusted Types don't apply, and it uses no sink). Long tasks are not kept in the
// performance timeline for a late observer, so the observer must exist from the start; long
// animation frames tell which scripts a long task ran.
(() => {
  const state = { longTasks: [], frames: [], widgets: [], readyAt: undefined };
  window.__loadBudget = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push({ startTime: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      state.frames.push({
        startTime: entry.startTime,
        duration: entry.duration,
        scripts: entry.scripts.map((script) => ({
          invoker: script.invoker,
          sourceURL: script.sourceURL,
          sourceFunctionName: script.sourceFunctionName,
          duration: script.duration,
        })),
      });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });

  // Ready as the e2e test reads a widget: it rendered its data — a card (or the badge), no
  // skeleton, not busy. Checked after each widget's `partner-load`, in the next task: the event
  // comes before the render it announces. The widgets are the page's partner-* elements (the
  // module script runs after parsing).
  const ready = (element) => {
    const root = element.shadowRoot;
    return element.hasUpdated && !element.hasAttribute('aria-busy') && !!root?.querySelector('[part~="card"], [part="badge"]') && !root.querySelector('.skeleton');
  };
  document.addEventListener('partner-load', async (event) => {
    await new Promise((resolve) => setTimeout(resolve));
    await event.target.updateComplete;
    const widgets = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('partner-') && element.localName !== 'partner-portal');
    if (state.readyAt === undefined && widgets.every(ready)) {
      state.readyAt = performance.now();
      state.widgets = widgets.map((element) => element.localName);
    }
  });
})();
