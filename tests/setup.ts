// Shared by browser tests. Chromium reports "ResizeObserver loop completed with undelivered
// notifications" as a window error when an observed element resizes during layout, which the
// virtualised grid and auto-growing text fields do by design; it is not a failure of the code.
window.addEventListener(
  'error',
  (e) => {
    if (e.message?.includes('ResizeObserver loop')) {
      e.stopImmediatePropagation();
      e.preventDefault();
    }
  },
  { capture: true },
);
