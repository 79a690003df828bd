// Winnow reviewer: one set at a time, keyboard first. The AI's pick is a badge, never a selection.
'use strict';

const TOKEN = document.body.dataset.token;
const $ = (id) => document.getElementById(id);
const MIN_CROP = 0.05;

const state = {
  page: null,      // BatchPage from the server
  index: 0,        // set shown
  cropShown: true,
  editor: null,    // {memberIndex, box: {x1,y1,x2,y2}, drag}
  busy: false,     // finalize running
};

// Key-press-to-update times measured here in the browser (read by `winnow bench review`).
window.winnowTimings = [];

function url(path) {
  return path + (path.includes('?') ? '&' : '?') + 'token=' + encodeURIComponent(TOKEN);
}

// Requests go out one after another so the server sees choices and undos in key order.
let queue = Promise.resolve();
function api(method, path, body) {
  const run = async () => {
    const res = await fetch(url(path), {
      method,
      headers: body ? { 'Content-Type': 'application/json', 'X-Winnow-Token': TOKEN } : { 'X-Winnow-Token': TOKEN },
      body: body ? JSON.stringify(body) : undefined,
    });
    const data = await res.json().catch(() => ({ error: 'HTTP ' + res.status }));
    if (!res.ok) {
      const err = new Error(data.error || ('HTTP ' + res.status));
      err.problems = data.problems || [];
      throw err;
    }
    return data;
  };
  const p = queue.then(run, run);
  queue = p.catch(() => {});
  return p;
}

function say(text, isError) {
  const m = $('message');
  m.textContent = text;
  m.className = 'show' + (isError ? ' error' : '');
  clearTimeout(say.timer);
  say.timer = setTimeout(() => { m.className = ''; }, isError ? 6000 : 2500);
}

function sets() { return state.page && state.page.sets ? state.page.sets : []; }
function current() { return sets()[state.index]; }
function pct(x) { return Math.round(100 * x) + '%'; }
function stageName(m) { return m.stageLabel || ('stage ' + m.stage); }

// ---------- rendering ----------

function renderHeader() {
  const p = state.page;
  if (!p || !p.batch) {
    $('batch-label').textContent = p ? p.project + ' · nothing left to review' : '';
    $('done').textContent = '';
    $('agreement').textContent = '';
    return;
  }
  const pr = p.progress;
  $('batch-label').textContent = p.project + ' · batch ' + p.batch.seq + ' (' + p.batch.ordering + ')';
  $('done').textContent = 'done ' + pr.done + '/' + pr.total;
  $('agreement').textContent = pr.withAi
    ? 'AI agreement ' + pr.agreed + '/' + pr.withAi + ' (' + pct(pr.agreed / pr.withAi) + ')'
    : 'AI agreement –';
  $('finalize-btn').disabled = p.batch.state !== 'open' && p.batch.state !== 'finalizing';
}

function renderStrip() {
  const strip = $('strip');
  if (strip.children.length !== sets().length) {
    strip.innerHTML = '';
    sets().forEach((s, i) => {
      const c = document.createElement('div');
      c.className = 'cell';
      c.title = 'set ' + (i + 1);
      c.addEventListener('click', () => go(i));
      strip.appendChild(c);
    });
  }
  sets().forEach((s, i) => {
    const c = strip.children[i];
    let cls = 'cell';
    if (s.choice) cls += s.choice.action === 'reject' ? ' reject' : (s.choice.crop ? ' crop' : ' choose');
    if (s.ai && s.ai.anomaly) cls += ' anomaly';
    if (i === state.index) cls += ' current';
    c.className = cls;
  });
}

function renderSet() {
  const s = current();
  const box = $('members');
  box.innerHTML = '';
  $('stage').dataset.setId = s ? s.setId : '';
  if (!s) {
    $('set-pos').textContent = state.page && state.page.batch ? '' : 'Every set of this project has been reviewed.';
    $('set-flag').textContent = '';
    $('set-ai').textContent = '';
    $('set-choice').textContent = '';
    return;
  }
  $('set-pos').textContent = 'set ' + (state.index + 1) + ' of ' + sets().length;
  $('set-flag').textContent = s.ai && s.ai.anomaly ? '⚠ likely anomaly (' + pct(s.ai.anomalyProbability) + ')' : '';
  $('set-ai').textContent = s.ai
    ? 'AI: ' + (s.ai.pickFileId == null ? 'reject the set' : 'member ' + (pickIndex(s) + 1))
      + ' · ' + pct(s.ai.confidence) + ' · ' + s.ai.reason
    : 'no model yet';
  $('set-choice').textContent = choiceText(s);
  $('set-choice').dataset.state = s.choice ? s.choice.action : 'none';
  s.members.forEach((m, i) => box.appendChild(memberFigure(s, m, i)));
  layoutAll();
  prefetch(state.index + 1);
  prefetch(state.index + 2);
}

function pickIndex(s) {
  return s.ai ? s.members.findIndex((m) => m.fileId === s.ai.pickFileId) : -1;
}

function choiceText(s) {
  const c = s.choice;
  if (!c) return 'no choice yet';
  if (c.action === 'reject') return '✗ set rejected';
  const i = s.members.findIndex((m) => m.fileId === c.fileId);
  return '✓ member ' + (i + 1) + (c.crop ? ' cropped (' + c.cropSource + ')' : ' uncropped');
}

function memberFigure(s, m, i) {
  const fig = document.createElement('figure');
  fig.className = 'member';
  fig.dataset.index = i;
  fig.dataset.fileId = m.fileId;
  const c = s.choice;
  if (c && c.action === 'reject') fig.classList.add('rejected');
  else if (c && c.fileId === m.fileId) fig.classList.add('chosen');
  else if (c) fig.classList.add('dimmed');

  const frame = document.createElement('div');
  frame.className = 'frame';
  frame.dataset.w = m.width || 0;
  frame.dataset.h = m.height || 0;
  const img = document.createElement('img');
  img.className = 'thumb';
  img.alt = m.name;
  img.src = url('/img/' + m.fileId + '/thumb');
  img.addEventListener('load', () => layout(frame));
  img.addEventListener('click', () => zoom(i));
  frame.appendChild(img);

  const ib = document.createElement('div');
  ib.className = 'imgbox';
  if (s.heatmap) {
    const h = document.createElement('img');
    h.className = 'heatmap';
    h.alt = '';
    h.src = url('/heatmap/' + s.setId);
    ib.appendChild(h);
  }
  const chosenCrop = c && c.fileId === m.fileId && c.crop;
  const crop = chosenCrop ? c.crop : (s.ai && s.ai.crop && !c ? s.ai.crop : null);
  if (crop) {
    const o = document.createElement('div');
    o.className = 'crop-overlay' + (chosenCrop ? ' chosen-crop' : '');
    o.style.left = (100 * crop.x1) + '%';
    o.style.top = (100 * crop.y1) + '%';
    o.style.width = (100 * (crop.x2 - crop.x1)) + '%';
    o.style.height = (100 * (crop.y2 - crop.y1)) + '%';
    if (chosenCrop || state.cropShown) o.classList.add('shown');
    ib.appendChild(o);
  }
  if (s.ai && s.ai.pickFileId === m.fileId) {
    const b = document.createElement('div');
    b.className = 'ai-badge';
    b.textContent = 'AI pick · ' + pct(s.ai.confidence);
    b.title = s.ai.reason + ' (' + s.ai.models + ')';
    ib.appendChild(b);
  }
  frame.appendChild(ib);
  fig.appendChild(frame);

  const cap = document.createElement('figcaption');
  const k = document.createElement('kbd');
  k.textContent = String(i + 1);
  cap.appendChild(k);
  cap.appendChild(document.createTextNode(' ' + stageName(m) + ' · ' + (m.width || '?') + '×' + (m.height || '?') + ' · ' + m.name));
  cap.title = m.name;
  fig.appendChild(cap);
  if (m.undecodable) {
    const bad = document.createElement('div');
    bad.className = 'undecodable';
    bad.textContent = '⚠ cannot be decoded (' + m.undecodable + ')';
    fig.appendChild(bad);
  }
  return fig;
}

// The <img> is letterboxed by object-fit: contain, so the picture fills only part of its box. The overlay
// layer is placed exactly over the rendered picture; crops inside it are in percent of the picture.
function renderedRect(img, fallbackW, fallbackH) {
  const W = img.clientWidth, H = img.clientHeight;
  const nw = img.naturalWidth || fallbackW, nh = img.naturalHeight || fallbackH;
  if (!W || !H || !nw || !nh) return null;
  const s = Math.min(W / nw, H / nh);
  const w = nw * s, h = nh * s;
  return { left: img.offsetLeft + (W - w) / 2, top: img.offsetTop + (H - h) / 2, width: w, height: h };
}

function layout(frame) {
  const img = frame.querySelector('img.thumb');
  const ib = frame.querySelector('.imgbox');
  const r = renderedRect(img, +frame.dataset.w, +frame.dataset.h);
  if (!r || !ib) return;
  ib.style.left = r.left + 'px';
  ib.style.top = r.top + 'px';
  ib.style.width = r.width + 'px';
  ib.style.height = r.height + 'px';
}

function layoutAll() {
  document.querySelectorAll('#members .frame').forEach(layout);
  if (state.editor) layout($('editor-frame'));
}

const resizeObserver = new ResizeObserver(() => layoutAll());
resizeObserver.observe($('members'));
resizeObserver.observe($('editor-frame'));
window.addEventListener('resize', layoutAll);

// The next sets' thumbnails are fetched and decoded ahead, and kept referenced so that they stay decoded:
// a key press then only swaps pictures that are ready.
const preloaded = new Map();
function prefetch(i) {
  const s = sets()[i];
  if (!s) return;
  s.members.forEach((m) => {
    const src = url('/img/' + m.fileId + '/thumb');
    if (preloaded.has(src)) return;
    const im = new Image();
    im.src = src;
    im.decode().catch(() => {});
    preloaded.set(src, im);
    if (preloaded.size > 24) preloaded.delete(preloaded.keys().next().value);
  });
}

function render() {
  renderHeader();
  renderSet();
  renderStrip();
}

// ---------- actions ----------

function go(i) {
  if (!sets().length) return;
  state.index = Math.max(0, Math.min(sets().length - 1, i));
  render();
}

function next() {
  if (state.index < sets().length - 1) go(state.index + 1);
  else say('Last set of the batch. Shift+Enter finalizes.');
}

async function choose(memberIndex, cropSource, crop) {
  const s = current();
  if (!s || state.busy) return;
  const m = memberIndex == null ? null : s.members[memberIndex];
  if (memberIndex != null && !m) { say('This set has no member ' + (memberIndex + 1), true); return; }
  const before = s.choice;
  s.choice = m
    ? { action: 'choose', fileId: m.fileId, crop: crop, cropSource: crop ? cropSource : null }
    : { action: 'reject', fileId: null, crop: null, cropSource: null };
  const at = state.index;
  next();
  if (at === state.index) render();
  try {
    const r = await api('POST', '/api/choice', {
      batchId: state.page.batch.id, setId: s.setId, fileId: m ? m.fileId : null,
      cropSource: crop ? cropSource : null, crop: crop && cropSource === 'editor' ? crop : null,
    });
    s.choice = r.choice;
    state.page.progress = r.progress;
    renderHeader();
    renderStrip();
  } catch (e) {
    s.choice = before;
    render();
    say('Not saved: ' + e.message, true);
  }
}

function chooseWithAiCrop(i) {
  const s = current();
  if (!s) return;
  const crop = state.cropShown && s.ai && s.ai.crop ? s.ai.crop : null;
  choose(i, crop ? 'ai' : null, crop);
}

async function undo() {
  if (!state.page || !state.page.batch) return;
  try {
    const r = await api('POST', '/api/undo', { batchId: state.page.batch.id });
    if (r.nothing) { say('Nothing to undo'); return; }
    const i = sets().findIndex((s) => s.setId === r.setId);
    if (i >= 0) sets()[i].choice = r.choice;
    state.page.progress = r.progress;
    go(i >= 0 ? i : state.index);
    say('Undone');
  } catch (e) {
    say('Undo failed: ' + e.message, true);
  }
}

function zoom(i) {
  const s = current();
  const m = s && s.members[i];
  if (!m) return;
  $('zoom-img').src = url('/img/' + m.fileId + '/full');
  $('zoom').classList.remove('hidden');
}

function toggleCrop(on) {
  state.cropShown = on === undefined ? !state.cropShown : on;
  $('crop-toggle').checked = state.cropShown;
  renderSet();
}

function toggleHeatmap(on) {
  const v = on === undefined ? !document.body.classList.contains('heatmap-on') : on;
  document.body.classList.toggle('heatmap-on', v);
  $('heatmap-toggle').checked = v;
}

// ---------- crop editor (aspect locked: a crop keeps the image's own aspect, so in normalized units it is square) ----------

function openEditor(i) {
  const s = current();
  const m = s && s.members[i];
  if (!m) { say('This set has no member ' + (i + 1), true); return; }
  let b = s.ai && s.ai.crop ? s.ai.crop : { x1: 0, y1: 0, x2: 1, y2: 1 };
  const side = Math.min(1, ((b.x2 - b.x1) + (b.y2 - b.y1)) / 2);
  const cx = (b.x1 + b.x2) / 2, cy = (b.y1 + b.y2) / 2;
  state.editor = { memberIndex: i, box: clampBox({ x1: cx - side / 2, y1: cy - side / 2, x2: cx + side / 2, y2: cy + side / 2 }) };
  const frame = $('editor-frame');
  frame.dataset.w = m.width || 0;
  frame.dataset.h = m.height || 0;
  $('editor-title').textContent = 'Crop member ' + (i + 1) + ' · ' + m.name;
  $('editor-img').onload = () => layout(frame);
  $('editor-img').src = url('/img/' + m.fileId + '/thumb');
  $('editor').classList.remove('hidden');
  layout(frame);
  drawEditorBox();
}

function closeEditor() {
  state.editor = null;
  $('editor').classList.add('hidden');
}

function acceptEditor() {
  const e = state.editor;
  if (!e) return;
  closeEditor();
  choose(e.memberIndex, 'editor', e.box);
}

function clampBox(b) {
  let side = Math.max(MIN_CROP, Math.min(1, b.x2 - b.x1));
  let x1 = Math.max(0, Math.min(1 - side, b.x1));
  let y1 = Math.max(0, Math.min(1 - side, b.y1));
  return { x1, y1, x2: x1 + side, y2: y1 + side };
}

function drawEditorBox() {
  const b = state.editor.box;
  const el = $('editor-box');
  el.style.left = (100 * b.x1) + '%';
  el.style.top = (100 * b.y1) + '%';
  el.style.width = (100 * (b.x2 - b.x1)) + '%';
  el.style.height = (100 * (b.y2 - b.y1)) + '%';
}

function moveEditor(dx, dy) {
  const b = state.editor.box;
  state.editor.box = clampBox({ x1: b.x1 + dx, y1: b.y1 + dy, x2: b.x2 + dx, y2: b.y2 + dy });
  drawEditorBox();
}

function resizeEditor(delta) {
  const b = state.editor.box;
  const side = Math.max(MIN_CROP, Math.min(1, b.x2 - b.x1 + delta));
  const cx = (b.x1 + b.x2) / 2, cy = (b.y1 + b.y2) / 2;
  state.editor.box = clampBox({ x1: cx - side / 2, y1: cy - side / 2, x2: cx + side / 2, y2: cy + side / 2 });
  drawEditorBox();
}

function normalizedPoint(ev) {
  const r = $('editor-imgbox').getBoundingClientRect();
  return { x: (ev.clientX - r.left) / r.width, y: (ev.clientY - r.top) / r.height };
}

$('editor-box').addEventListener('pointerdown', (ev) => {
  if (!state.editor) return;
  ev.preventDefault();
  $('editor-box').setPointerCapture(ev.pointerId);
  const corner = ev.target.dataset.corner || null;
  const b = state.editor.box;
  const anchor = corner ? { x: corner.includes('w') ? b.x2 : b.x1, y: corner.includes('n') ? b.y2 : b.y1 } : null;
  state.editor.drag = { corner, anchor, start: normalizedPoint(ev), box: { ...b } };
});

$('editor-box').addEventListener('pointermove', (ev) => {
  const e = state.editor;
  if (!e || !e.drag) return;
  const p = normalizedPoint(ev);
  const d = e.drag;
  if (!d.corner) {
    const dx = p.x - d.start.x, dy = p.y - d.start.y;
    e.box = clampBox({ x1: d.box.x1 + dx, y1: d.box.y1 + dy, x2: d.box.x2 + dx, y2: d.box.y2 + dy });
  } else {
    const left = d.corner.includes('w'), up = d.corner.includes('n');
    const room = Math.min(left ? d.anchor.x : 1 - d.anchor.x, up ? d.anchor.y : 1 - d.anchor.y);
    // The pointer rarely sits on the box's diagonal: take the mean of both distances, so moving along either axis resizes.
    const side = Math.max(MIN_CROP, Math.min(room, (Math.abs(p.x - d.anchor.x) + Math.abs(p.y - d.anchor.y)) / 2));
    const x1 = left ? d.anchor.x - side : d.anchor.x, y1 = up ? d.anchor.y - side : d.anchor.y;
    e.box = { x1, y1, x2: x1 + side, y2: y1 + side };
  }
  drawEditorBox();
});

$('editor-box').addEventListener('pointerup', () => { if (state.editor) state.editor.drag = null; });

function editorKey(ev) {
  const step = ev.shiftKey ? 0.05 : 0.01;
  switch (ev.key) {
    case 'Enter': acceptEditor(); return true;
    case 'Escape': closeEditor(); return true;
    case 'ArrowLeft': moveEditor(-step, 0); return true;
    case 'ArrowRight': moveEditor(step, 0); return true;
    case 'ArrowUp': moveEditor(0, -step); return true;
    case 'ArrowDown': moveEditor(0, step); return true;
    case '+': case '=': resizeEditor(0.02); return true;
    case '-': case '_': resizeEditor(-0.02); return true;
    default: return false;
  }
}

// ---------- finalize ----------

async function openSummary() {
  if (!state.page || !state.page.batch || state.busy) return;
  try {
    const s = await api('GET', '/api/finalize?batch=' + encodeURIComponent(state.page.batch.id));
    const rows = [
      ['Chosen, uncropped', s.chosen], ['Chosen and cropped', s.cropped], ['Sets rejected', s.rejected],
      ['Sets left without a choice (stay where they are)', s.undecided],
      ['Files to move', s.moves], ['Cropped files to write (new files)', s.croppedWrites],
      ['Companion copies beside cropped files', s.companionCopies], ['Folders to create', s.folders],
    ];
    const t = $('summary-table');
    t.innerHTML = '';
    rows.forEach(([k, v]) => {
      const tr = document.createElement('tr');
      const a = document.createElement('td'); a.textContent = k;
      const b = document.createElement('td'); b.textContent = String(v);
      tr.append(a, b);
      t.appendChild(tr);
    });
    const ul = $('summary-clashes');
    ul.innerHTML = '';
    s.clashes.forEach((c) => { const li = document.createElement('li'); li.textContent = c; ul.appendChild(li); });
    $('summary-batch').textContent = s.batchId;
    $('summary-note').textContent = s.clashes.length
      ? 'Nothing will move until these clashes are resolved.'
      : 'Chosen images go to __selected/, cropped ones are written to __cropped/ (originals to __crop_originals/), the rest to __delete_staging/. Nothing is overwritten; `winnow undo` puts everything back.';
    $('summary-ok').disabled = s.clashes.length > 0;
    $('summary-ok').textContent = 'Move files (Y)';
    $('summary-ok').onclick = runFinalize;
    $('summary').classList.remove('hidden');
  } catch (e) {
    say('Cannot summarize: ' + e.message, true);
  }
}

async function runFinalize() {
  if (state.busy) return;
  state.busy = true;
  $('summary-ok').disabled = true;
  $('summary-note').textContent = 'Moving files…';
  try {
    const r = await api('POST', '/api/finalize', { batchId: state.page.batch.id });
    state.page.batch.state = 'finalized';
    $('summary-note').textContent = 'Done: ' + r.operations + ' file operations journaled (' + r.performed
      + ' performed), ' + r.decisionsLogged + ' decisions logged. `winnow undo ' + r.batchId + '` puts them back.';
    $('summary-ok').textContent = 'Next batch (N)';
    $('summary-ok').disabled = false;
    $('summary-ok').onclick = nextBatch;
    $('summary').dataset.done = '1';
    renderHeader();
  } catch (e) {
    $('summary-note').textContent = 'Finalize stopped: ' + e.message;
    const ul = $('summary-clashes');
    (e.problems || []).forEach((c) => { const li = document.createElement('li'); li.textContent = c; ul.appendChild(li); });
  } finally {
    state.busy = false;
  }
}

async function nextBatch() {
  try {
    const p = await api('POST', '/api/next');
    closeSummary();
    load(p);
  } catch (e) {
    say('No next batch: ' + e.message, true);
  }
}

function closeSummary() {
  $('summary').classList.add('hidden');
  delete $('summary').dataset.done;
}

// ---------- keyboard ----------

const DIGITS = { Digit1: 0, Digit2: 1, Digit3: 2, Digit4: 3, Numpad1: 0, Numpad2: 1, Numpad3: 2, Numpad4: 3 };
const NO_CROP = { KeyA: 0, KeyS: 1, KeyD: 2, KeyF: 3 };
const EDIT = { KeyQ: 0, KeyW: 1, KeyE: 2, KeyR: 3 };

// From the key event to just after the next frame that shows its effect. An action that must hear from the
// server first (undo) returns a promise; its frame is the one after the answer is rendered.
function markTiming(ev, done) {
  const t0 = ev.timeStamp;
  Promise.resolve(done).then(() => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => window.winnowTimings.push({ key: ev.code, ms: performance.now() - t0 });
    ch.port2.postMessage(0);
  }));
}

function handleKey(ev) {
  if (ev.ctrlKey || ev.metaKey || ev.altKey) return false;
  if (!$('zoom').classList.contains('hidden')) { $('zoom').classList.add('hidden'); return true; }
  if (!$('help').classList.contains('hidden')) { $('help').classList.add('hidden'); return true; }
  if (state.editor) return editorKey(ev);
  if (!$('summary').classList.contains('hidden')) {
    if (ev.key === 'Escape') { closeSummary(); return true; }
    if (ev.code === 'KeyY' && !$('summary').dataset.done && !$('summary-ok').disabled) { runFinalize(); return true; }
    if (ev.code === 'KeyN' && $('summary').dataset.done) { nextBatch(); return true; }
    return false;
  }
  if (ev.key === '?') { $('help').classList.remove('hidden'); return true; }
  if (ev.code in DIGITS) { if (ev.shiftKey) zoom(DIGITS[ev.code]); else chooseWithAiCrop(DIGITS[ev.code]); return true; }
  if (ev.shiftKey && ev.key === 'Enter') { openSummary(); return true; }
  if (ev.code in NO_CROP) { choose(NO_CROP[ev.code], null, null); return true; }
  if (ev.code in EDIT) { openEditor(EDIT[ev.code]); return true; }
  switch (ev.code) {
    case 'Enter': case 'NumpadEnter': case 'Space': case 'ArrowDown': next(); return true;
    case 'ArrowUp': go(state.index - 1); return true;
    case 'KeyU': return undo();
    case 'KeyX': choose(null, null, null); return true;
    case 'KeyC': toggleCrop(); return true;
    case 'KeyH': toggleHeatmap(); return true;
    default: return false;
  }
}

document.addEventListener('keydown', (ev) => {
  if (ev.target instanceof HTMLInputElement && ev.code === 'Space') return;
  const handled = handleKey(ev);
  if (handled) {
    ev.preventDefault();
    markTiming(ev, handled);
  }
});

$('help-btn').addEventListener('click', () => $('help').classList.remove('hidden'));
$('help').addEventListener('click', () => $('help').classList.add('hidden'));
$('zoom').addEventListener('click', () => $('zoom').classList.add('hidden'));
$('finalize-btn').addEventListener('click', openSummary);
$('summary-cancel').addEventListener('click', closeSummary);
$('editor-ok').addEventListener('click', acceptEditor);
$('editor-cancel').addEventListener('click', closeEditor);
$('crop-toggle').addEventListener('change', (e) => toggleCrop(e.target.checked));
$('heatmap-toggle').addEventListener('change', (e) => toggleHeatmap(e.target.checked));

// ---------- start ----------

function load(page) {
  state.page = page;
  const firstOpen = sets().findIndex((s) => !s.choice);
  state.index = firstOpen >= 0 ? firstOpen : 0;
  render();
  if (window.winnowReadyAt === undefined) window.winnowReadyAt = performance.now();
  document.body.dataset.ready = '1';
}

api('GET', '/api/batch').then(load).catch((e) => say('Cannot load the batch: ' + e.message, true));
