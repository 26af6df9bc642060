// Styles for the widget's Shadow DOM. Static text only: no data ever goes in here.

export const CSS = `
/* The host page's CSS may target our host element (even with !important);
   important declarations from inside the shadow tree win over the page's, so
   reset everything here and set what descendants inherit. */
:host {
  all: initial !important;
  display: block !important;
  direction: ltr !important;
  text-align: left !important;
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB",
    "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", Roboto, "Helvetica Neue", Arial, sans-serif !important;
  font-size: 14px !important;
  line-height: 1.5 !important;
  color: #1f2937 !important;
  --sd-primary: #e4572e;
  --sd-primary-dark: #c2410c;
  --sd-ink: #1f2937;
  --sd-muted: #6b7280;
  --sd-bg: #ffffff;
  --sd-soft: #f3f4f6;
  --sd-line: #e5e7eb;
  --sd-agent: #0f766e;
  --sd-error-bg: #fef2f2;
  --sd-error-ink: #b91c1c;
  --sd-notice-bg: #fffbeb;
  --sd-notice-ink: #92400e;
}
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
button { font: inherit; cursor: pointer; }
button:focus-visible, textarea:focus-visible, a:focus-visible {
  outline: 2px solid var(--sd-primary);
  outline-offset: 2px;
}

.launcher {
  position: fixed;
  right: 24px;
  bottom: 24px;
  z-index: 2147483000;
  width: 60px;
  height: 60px;
  border: none;
  border-radius: 50%;
  background: linear-gradient(135deg, var(--sd-primary), var(--sd-primary-dark));
  color: #fff;
  box-shadow: 0 8px 24px rgba(228, 87, 46, 0.45);
  display: flex;
  align-items: center;
  justify-content: center;
  transition: transform 0.15s ease, box-shadow 0.15s ease;
}
.launcher:hover { transform: translateY(-2px); box-shadow: 0 12px 28px rgba(228, 87, 46, 0.5); }
.launcher svg { width: 28px; height: 28px; fill: currentColor; }
.launcher .badge {
  position: absolute;
  top: -2px;
  right: -2px;
  min-width: 20px;
  height: 20px;
  padding: 0 6px;
  border-radius: 10px;
  background: #111827;
  color: #fff;
  font-size: 12px;
  font-weight: 600;
  line-height: 20px;
  text-align: center;
}

.panel {
  position: fixed;
  right: 24px;
  bottom: 96px;
  z-index: 2147483001;
  width: 380px;
  height: min(600px, calc(100vh - 120px));
  display: flex;
  flex-direction: column;
  background: var(--sd-bg);
  border-radius: 16px;
  box-shadow: 0 20px 50px rgba(17, 24, 39, 0.25), 0 2px 6px rgba(17, 24, 39, 0.08);
  overflow: hidden;
  animation: sd-pop 0.18s ease-out;
}
@keyframes sd-pop { from { opacity: 0; transform: translateY(12px) scale(0.98); } to { opacity: 1; transform: none; } }

.header {
  display: flex;
  align-items: center;
  gap: 10px;
  padding: 14px 14px 14px 16px;
  background: linear-gradient(135deg, var(--sd-primary), var(--sd-primary-dark));
  color: #fff;
}
.avatar {
  flex: none;
  width: 36px;
  height: 36px;
  border-radius: 50%;
  background: rgba(255, 255, 255, 0.22);
  display: flex;
  align-items: center;
  justify-content: center;
}
.avatar svg { width: 20px; height: 20px; fill: #fff; }
.heading { flex: 1; min-width: 0; }
.title { margin: 0; font-size: 16px; font-weight: 650; line-height: 1.3; }
.subtitle { margin: 0; font-size: 12px; opacity: 0.85; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.header-btn {
  flex: none;
  height: 30px;
  min-width: 30px;
  padding: 0 9px;
  border: 1px solid rgba(255, 255, 255, 0.45);
  border-radius: 15px;
  background: rgba(255, 255, 255, 0.12);
  color: #fff;
  font-size: 13px;
  font-weight: 600;
}
.header-btn:hover { background: rgba(255, 255, 255, 0.25); }
.header-btn.icon { padding: 0; width: 30px; border-color: transparent; font-size: 18px; line-height: 1; }

.status {
  padding: 6px 14px;
  font-size: 12px;
  text-align: center;
  background: var(--sd-notice-bg);
  color: var(--sd-notice-ink);
  border-bottom: 1px solid #fde68a;
}
.status[data-state="online"] { background: #ecfdf5; color: #047857; border-color: #a7f3d0; }

.log {
  flex: 1;
  overflow-y: auto;
  padding: 16px 14px 8px;
  background: #fafafa;
  display: flex;
  flex-direction: column;
  gap: 10px;
  overscroll-behavior: contain;
}

.welcome {
  align-self: flex-start;
  max-width: 85%;
  padding: 10px 12px;
  border-radius: 14px 14px 14px 4px;
  background: var(--sd-bg);
  border: 1px solid var(--sd-line);
  color: var(--sd-ink);
  white-space: pre-wrap;
}

.msg { display: flex; flex-direction: column; max-width: 85%; }
.msg[data-role="shopper"] { align-self: flex-end; align-items: flex-end; }
.msg[data-role="bot"], .msg[data-role="agent"] { align-self: flex-start; align-items: flex-start; }
.msg[data-role="system"], .msg[data-type="handoff"] { align-self: center; align-items: center; max-width: 92%; }
.sender { font-size: 11px; color: var(--sd-muted); margin: 0 4px 2px; }
.part-question {
  font-size: 12px; color: var(--sd-muted); margin: 0 4px 3px; padding-left: 8px; border-left: 2px solid var(--sd-line);
  max-width: 100%; overflow-wrap: anywhere; white-space: pre-wrap;
}
.bubble {
  padding: 9px 12px;
  border-radius: 14px;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  word-break: break-word;
}
.msg[data-role="shopper"] .bubble { background: var(--sd-primary); color: #fff; border-bottom-right-radius: 4px; }
.msg[data-role="bot"] .bubble { background: var(--sd-bg); border: 1px solid var(--sd-line); border-bottom-left-radius: 4px; }
.msg[data-role="agent"] .bubble { background: #f0fdfa; border: 1px solid #99f6e4; border-bottom-left-radius: 4px; }
.msg[data-role="agent"] .sender { color: var(--sd-agent); font-weight: 600; }
.msg[data-type="handoff"] .bubble {
  background: var(--sd-notice-bg);
  color: var(--sd-notice-ink);
  border: 1px dashed #fcd34d;
  font-size: 13px;
  text-align: center;
}
.handoff-hours { font-size: 12px; opacity: .75; margin-top: 4px; }
/* The place in the queue and the wait, under the hand-off reply; redrawn in place when the queue moves. */
.queue-status {
  margin-top: 6px; padding: 5px 12px; border-radius: 12px; font-size: 12.5px; text-align: center;
  background: #f0fdfa; color: var(--sd-agent); border: 1px solid #99f6e4;
}
.queue-place { font-weight: 600; }
/* Notices about the hand-off (queued, agent joined/left, rating thanks). */
.msg[data-role="system"]:not([data-type="error"]) .bubble {
  background: #f0fdfa;
  color: var(--sd-agent);
  border: 1px solid #99f6e4;
  font-size: 12.5px;
  text-align: center;
  padding: 5px 12px;
}
.msg[data-type="rating_request"] { align-self: center; align-items: center; max-width: 92%; }
.rating { text-align: center; }
.rating-prompt { margin: 0 0 6px; font-size: 13px; font-weight: 600; }
.stars { display: flex; justify-content: center; gap: 4px; }
.star {
  width: 36px;
  height: 36px;
  border: 1px solid var(--sd-line);
  border-radius: 50%;
  background: var(--sd-soft);
  color: #d1d5db;
  font-size: 20px;
  line-height: 1;
  padding: 0;
}
.stars:not(:has(.star:disabled)) .star:hover,
.stars:not(:has(.star:disabled)) .star:has(~ .star:hover) { color: #f59e0b; border-color: #fcd34d; }
.star[data-on="true"] { color: #f59e0b; border-color: #fcd34d; background: #fffbeb; }
.star:disabled { cursor: default; }
.rating-scale { display: flex; justify-content: space-between; font-size: 11px; color: var(--sd-muted); margin-top: 4px; }
.msg[data-type="error"] .bubble {
  background: var(--sd-error-bg);
  color: var(--sd-error-ink);
  border: 1px solid #fecaca;
  font-size: 13px;
}
.msg[data-pending="true"] .bubble { opacity: 0.65; }
.msg[data-pending="true"]::after {
  content: attr(data-pending-label) " …";
  font-size: 11px;
  color: var(--sd-muted);
  margin: 2px 4px 0;
}

.card {
  margin-top: 6px;
  width: 100%;
  min-width: 230px;
  border: 1px solid var(--sd-line);
  border-radius: 12px;
  background: var(--sd-bg);
  padding: 10px 12px;
}
.order-card dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 4px 12px; font-size: 13px; }
.order-card dt { color: var(--sd-muted); }
.order-card dd { margin: 0; font-weight: 500; overflow-wrap: anywhere; }
.order-card dt.order-late-label { color: var(--sd-notice-ink); font-weight: 600; }
.order-late {
  display: inline-block;
  padding: 0 8px;
  border-radius: 10px;
  background: var(--sd-notice-bg);
  color: var(--sd-notice-ink);
  border: 1px solid #fcd34d;
  font-size: 12px;
  font-weight: 600;
}
.order-status {
  display: inline-block;
  padding: 0 8px;
  border-radius: 10px;
  background: #eef2ff;
  color: #3730a3;
  font-size: 12px;
  font-weight: 600;
}

.chips-label { font-size: 12px; color: var(--sd-muted); margin: 6px 4px 4px; }
.chips { display: flex; flex-wrap: wrap; gap: 6px; }
.chip {
  border: 1px solid var(--sd-primary);
  background: #fff7ed;
  color: var(--sd-primary-dark);
  border-radius: 16px;
  padding: 4px 12px;
  font-size: 13px;
  text-align: left;
}
.chip:hover { background: var(--sd-primary); color: #fff; }

.products { display: flex; flex-direction: column; gap: 8px; margin-top: 6px; width: 100%; }
.product { margin-top: 0; }
.product-name { margin: 0; font-weight: 600; font-size: 14px; }
.product-price { margin: 2px 0 0; color: var(--sd-primary-dark); font-weight: 700; }
.product-why { margin: 4px 0 0; font-size: 12.5px; color: var(--sd-muted); }
.product-link {
  display: inline-block;
  margin-top: 6px;
  font-size: 13px;
  font-weight: 600;
  color: var(--sd-primary-dark);
  text-decoration: none;
}
.product-link:hover { text-decoration: underline; }

.typing {
  align-self: flex-start;
  display: flex;
  align-items: center;
  gap: 8px;
  padding: 8px 12px;
  border-radius: 14px;
  background: var(--sd-bg);
  border: 1px solid var(--sd-line);
  color: var(--sd-muted);
  font-size: 12px;
}
.dots { display: inline-flex; gap: 3px; }
.dots span {
  width: 6px;
  height: 6px;
  border-radius: 50%;
  background: var(--sd-muted);
  animation: sd-blink 1.2s infinite ease-in-out;
}
.dots span:nth-child(2) { animation-delay: 0.2s; }
.dots span:nth-child(3) { animation-delay: 0.4s; }
@keyframes sd-blink { 0%, 80%, 100% { opacity: 0.25; transform: translateY(0); } 40% { opacity: 1; transform: translateY(-2px); } }

.composer {
  border-top: 1px solid var(--sd-line);
  padding: 10px 12px 8px;
  background: var(--sd-bg);
}
.composer-row { display: flex; gap: 8px; align-items: flex-end; }
.input {
  flex: 1;
  resize: none;
  min-height: 40px;
  max-height: 120px;
  padding: 9px 12px;
  border: 1px solid var(--sd-line);
  border-radius: 12px;
  font: inherit;
  color: var(--sd-ink);
  background: var(--sd-soft);
  line-height: 1.45;
}
.input:focus { outline: none; border-color: var(--sd-primary); background: #fff; }
.send {
  flex: none;
  height: 40px;
  padding: 0 16px;
  border: none;
  border-radius: 12px;
  background: var(--sd-primary);
  color: #fff;
  font-weight: 600;
}
.send:hover:not(:disabled) { background: var(--sd-primary-dark); }
.send:disabled { opacity: 0.45; cursor: default; }
.attach {
  flex: none;
  width: 40px;
  height: 40px;
  border: 1px solid var(--sd-line);
  border-radius: 12px;
  background: var(--sd-soft);
  color: var(--sd-muted);
  display: inline-flex;
  align-items: center;
  justify-content: center;
}
.attach svg { width: 20px; height: 20px; fill: currentColor; }
.attach:hover:not(:disabled) { color: var(--sd-primary); border-color: var(--sd-primary); }
.attach:disabled { opacity: 0.45; cursor: default; }
.upload { margin: 0 0 6px; font-size: 12px; color: var(--sd-muted); }
.upload[data-state="error"] { color: var(--sd-error-ink); }
.attachment-image { display: block; max-width: 220px; max-height: 220px; border-radius: 8px; background: var(--sd-soft); }
.attachment-name { display: block; margin-top: 4px; font-size: 12px; word-break: break-all; }
.attachment-file { color: inherit; text-decoration: underline; word-break: break-all; }
.composer-meta { display: flex; justify-content: space-between; gap: 8px; margin-top: 4px; font-size: 11px; color: var(--sd-muted); }
.hint { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.counter { flex: none; font-variant-numeric: tabular-nums; }
.counter[data-level="warn"] { color: var(--sd-notice-ink); }
.counter[data-level="full"] { color: var(--sd-error-ink); font-weight: 600; }

.sr-only {
  position: absolute;
  width: 1px;
  height: 1px;
  padding: 0;
  margin: -1px;
  overflow: hidden;
  clip: rect(0, 0, 0, 0);
  white-space: nowrap;
  border: 0;
}

@media (max-width: 480px) {
  .panel { right: 0; bottom: 0; width: 100vw; height: 100%; border-radius: 0; }
  .launcher { right: 16px; bottom: 16px; }
  .panel:not([hidden]) ~ .launcher { display: none; }
}
@media (prefers-reduced-motion: reduce) {
  .panel, .dots span { animation: none; }
  .launcher { transition: none; }
}
`;
