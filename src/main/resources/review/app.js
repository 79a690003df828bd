// Winnow reviewer: one set at a time, keyboard first. The AI's pick is a badge, never a selection, unless the
// curator turned on the auto-accept cut: sets at least that sure are accepted for them and listed apart.
'use strict';

const TOKEN = document.body.dataset.token;
const $ = (id) => document.getElementById(id);
const MIN_CROP = 0.05;
// Member keys are letters by position, so that they never read as stage names (stage 1, 1.5, 2, 3).
const LETTERS = ['A', 'S', 'D', 'F'];
const EDIT_LETTERS = ['Q', 'W', 'E', 'R'];

const state = {
  page: null,      // BatchPage from the server
  index: 0,        // set shown
  cropShown: true,
  editor: null,    // {memberIndex, box: {x1,y1,x2,y2}, drag}
  busy: false,     // finalize running
  figures: [],     // reused member figures (building them anew on every key cost most of a frame)
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
  const p = queue.then(afterFrame).then(run);
  queue = p.catch(() => {});
  return p;
}

// A request waits for the frame that shows the key's effect: sending it and handling its answer in the same
// frame made choose keys the slowest (bench review: p95 ~60 ms vs ~20 ms for navigation under load).
// A hidden tab gets no frames: then the request goes after 100 ms all the same.
function afterFrame() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
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
function pct1(x) { return (100 * x).toFixed(1) + '%'; }
function stageName(m) {
  if (!m.stage) return 'unknown stage';
  return 'stage ' + (Number.isInteger(m.stage) ? m.stage : String(m.stage));
}
function isOpen() { return !!(state.page && state.page.batch && state.page.batch.state === 'open'); }
function isAuto(s) { return !!(s && s.choice && s.choice.origin === 'auto'); }
function memberOf(s, fileId) { return s.members.find((m) => m.fileId === fileId); }

// ---------- rendering ----------

function renderHeader() {
  const p = state.page;
  if (!p || !p.batch) {
    $('batch-label').textContent = p ? p.project + ' · nothing left to review' : '';
    $('done').textContent = '';
    $('agreement').textContent = '';
    renderTriage();
    return;
  }
  const pr = p.progress;
  $('batch-label').textContent = p.project + ' · batch ' + p.batch.seq + ' (' + p.batch.ordering + ')';
  $('done').textContent = 'done ' + pr.done + '/' + pr.total + (pr.auto ? ' (' + pr.auto + ' auto-accepted)' : '');
  $('agreement').textContent = pr.withAi
    ? 'AI agreement ' + pr.agreed + '/' + pr.withAi + ' (' + pct(pr.agreed / pr.withAi) + ')'
    : 'AI agreement –';
  $('finalize-btn').disabled = p.batch.state !== 'open' && p.batch.state !== 'finalizing';
  $('finalized').classList.toggle('hidden', p.batch.state === 'open');
  $('finalized-text').textContent = 'Batch ' + p.batch.seq + ' is ' + p.batch.state + ': its choices are final.';
  renderTriage();
}

function agreementText(a) {
  if (!a) return null;
  let t = a.source + ': ' + pct(a.share) + ' of sets reach it, AI agreement ' + (a.agreement == null ? '–' : pct1(a.agreement));
  if (a.baseline != null) t += ' (highest stage: ' + pct1(a.baseline) + ')';
  return t + ' on ' + a.accepted + ' sets';
}

function renderTriage() {
  const t = state.page && state.page.triage;
  const cut = t && t.cut != null ? t.cut : null;
  const input = $('cut');
  if (document.activeElement !== input) input.value = cut == null ? '' : String(Math.round(100 * cut));
  const parts = cut == null ? [] : [agreementText(t.heldOut) || 'held-out evaluation: none measured yet (run `winnow eval`)',
    agreementText(t.own) || 'this project: too few reviewed sets at this cut yet'];
  $('cut-agreement').textContent = parts.join(' · ');
  renderAutoList();
}

function renderAutoList() {
  const list = $('auto-list');
  const autos = sets().map((s, i) => ({ s, i })).filter((x) => isAuto(x.s));
  const key = autos.map((x) => x.s.setId + ':' + x.s.choice.fileId).join(',');
  if (list.dataset.key === key) { markCurrentInList(); return; }
  list.dataset.key = key;
  $('auto-count').textContent = String(autos.length);
  $('auto-panel').classList.toggle('hidden', autos.length === 0);
  list.innerHTML = '';
  autos.forEach(({ s, i }) => {
    const li = document.createElement('li');
    li.dataset.setId = s.setId;
    const m = memberOf(s, s.choice.fileId);
    const img = document.createElement('img');
    img.src = url('/img/' + m.fileId + '/thumb');
    img.alt = '';
    const label = document.createElement('span');
    label.textContent = 'set ' + (i + 1) + ' · kept ' + stageName(m) + (s.choice.crop ? ', cropped' : '')
      + ' · AI ' + pct(s.ai ? s.ai.confidence : 0);
    const btn = document.createElement('button');
    btn.className = 'revert';
    btn.textContent = 'revert (Z)';
    btn.addEventListener('click', (ev) => { ev.stopPropagation(); revert(s); });
    li.append(img, label, btn);
    li.addEventListener('click', () => go(i));
    if (i === state.index) li.classList.add('current');
    list.appendChild(li);
  });
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
    if (isAuto(s)) cls += ' auto';
    if (s.ai && s.ai.anomaly) cls += ' anomaly';
    if (i === state.index) cls += ' current';
    if (c.className !== cls) c.className = cls;
  });
}

function renderSet() {
  const s = current();
  $('stage').dataset.setId = s ? s.setId : '';
  if (!s) {
    $('set-pos').textContent = state.page && state.page.batch ? '' : 'Every set of this project has been reviewed.';
    $('set-flag').textContent = '';
    $('set-ai').textContent = '';
    $('set-reason').textContent = '';
    renderPast(null);
    $('set-choice').textContent = '';
    $('auto-banner').classList.add('hidden');
    state.figures.forEach((f) => { f.el.hidden = true; });
    return;
  }
  $('set-pos').textContent = 'set ' + (state.index + 1) + ' of ' + sets().length;
  const flagged = s.ai && s.ai.anomaly;
  const leaves = flagged && s.ai.anomalyProbability >= 0.5;
  $('set-flag').textContent = !flagged ? '' : leaves ? '⚠ the highest stage looks broken' : '⚠ worth a look: the highest stage may be broken';
  $('set-flag').title = flagged ? 'The break detector puts this set among the project\'s most suspicious ('
    + pct(s.ai.anomalyProbability) + ' that the highest stage is not the one to keep); the box marks where it looks.' : '';
  renderAi(s);
  renderPast(s);
  $('set-choice').textContent = choiceText(s);
  $('set-choice').dataset.state = s.choice ? s.choice.action : 'none';
  const banner = $('auto-banner');
  banner.classList.toggle('hidden', !isAuto(s));
  if (isAuto(s)) banner.textContent = 'Auto-accepted (AI ' + pct(s.ai ? s.ai.confidence : 0) + ' ≥ cut ' + pct(s.choice.cut)
    + '): Z reverts it, a member key replaces it.';
  while (state.figures.length < s.members.length) state.figures.push(makeFigure(state.figures.length));
  state.figures.forEach((f, i) => {
    f.el.hidden = i >= s.members.length;
    if (i < s.members.length) fillFigure(f, s, s.members[i], i);
  });
  layoutAll();
  prefetch(state.index + 1);
  prefetch(state.index + 2);
}

function renderAi(s) {
  const ai = $('set-ai');
  if (!s.ai) {
    ai.textContent = 'no model yet';
    ai.title = '';
    $('set-reason').textContent = '';
    return;
  }
  const pick = s.ai.pickFileId == null ? null : memberOf(s, s.ai.pickFileId);
  ai.textContent = 'AI keeps ' + (pick ? stageName(pick) : 'none (reject the set)') + ' · ' + pct(s.ai.confidence);
  ai.title = 'Confidence: how often a pick this sure was what the curator kept, measured on projects the models '
    + 'were not trained on.';
  $('set-reason').textContent = s.ai.reason || '';
}

// The curator's own past: of the sets of their other projects that changed most like this one, how many kept a
// lower stage, and the nearest few as thumbnails of what was kept (click one to see the whole set).
function renderPast(s) {
  const p = s && s.past;
  const box = $('past-sets');
  box.innerHTML = '';
  if (!p || !p.counted) { $('past-text').textContent = ''; return; }
  const lower = p.keptLower * 2 > p.counted;
  $('past-text').textContent = 'In ' + (lower ? p.keptLower : p.counted - p.keptLower) + ' of ' + p.counted
    + ' sets of your other projects that changed like this (stage ' + p.step + ') you kept '
    + (lower ? 'a lower stage' : 'the highest stage') + ':';
  p.nearest.forEach((past, i) => {
    const b = document.createElement('button');
    b.className = 'past-set';
    b.dataset.setId = past.setId;
    const img = document.createElement('img');
    img.src = url('/img/' + past.memberIds[past.kept] + '/thumb');
    img.alt = '';
    const cap = document.createElement('span');
    cap.textContent = 'kept ' + stageName({ stage: past.stages[past.kept] })
      + (past.kept === past.memberIds.length - 1 ? ' (highest)' : '');
    b.append(img, cap);
    b.title = past.project + ': open this set';
    b.addEventListener('click', () => openPast(past));
    box.appendChild(b);
  });
}

function openPast(past) {
  $('past-title').textContent = past.project + ': you kept ' + stageName({ stage: past.stages[past.kept] });
  const box = $('past-members');
  box.innerHTML = '';
  past.memberIds.forEach((id, i) => {
    const fig = document.createElement('figure');
    fig.className = 'past-member' + (i === past.kept ? ' kept' : '');
    const img = document.createElement('img');
    img.src = url('/img/' + id + '/thumb');
    img.alt = '';
    const cap = document.createElement('figcaption');
    cap.textContent = stageName({ stage: past.stages[i] }) + (i === past.kept ? ' · kept' : '');
    fig.append(img, cap);
    box.appendChild(fig);
  });
  $('past-view').classList.remove('hidden');
}

function choiceText(s) {
  const c = s.choice;
  if (!c) return 'no choice yet';
  if (c.action === 'reject') return '✗ set rejected';
  const m = memberOf(s, c.fileId);
  const who = c.origin === 'auto' ? 'auto-accepted ' : '✓ ';
  return who + (m ? stageName(m) : 'member') + (c.crop ? ' cropped' + (c.cropSource === 'editor' ? ' (your crop)' : ' (AI crop)') : ' uncropped');
}

function makeFigure(i) {
  const el = document.createElement('figure');
  el.className = 'member';
  el.dataset.index = i;
  const frame = document.createElement('div');
  frame.className = 'frame';
  const img = document.createElement('img');
  img.className = 'thumb';
  img.addEventListener('load', () => layout(frame));
  img.addEventListener('click', () => zoom(i));
  const ib = document.createElement('div');
  ib.className = 'imgbox';
  const heat = document.createElement('img');
  heat.className = 'heatmap';
  heat.alt = '';
  // A member may have no heatmap of its own (the lowest stage has no step into it): show nothing, not a broken image.
  heat.addEventListener('error', () => { heat.hidden = true; });
  const crop = document.createElement('div');
  crop.className = 'crop-overlay';
  const blame = document.createElement('div');
  blame.className = 'blame-box';
  const badge = document.createElement('div');
  badge.className = 'ai-badge';
  ib.append(heat, crop, blame, badge);
  frame.append(img, ib);
  const cap = document.createElement('figcaption');
  const key = document.createElement('kbd');
  key.textContent = LETTERS[i] || '';
  const label = document.createElement('span');
  label.className = 'stage-label';
  const size = document.createElement('span');
  size.className = 'dim';
  cap.append(key, ' ', label, ' ', size);
  const undecodable = document.createElement('div');
  undecodable.className = 'undecodable';
  el.append(frame, cap, undecodable);
  $('members').appendChild(el);
  return { el, frame, img, ib, heat, crop, blame, badge, label, size, undecodable };
}

function place(el, b) {
  el.style.left = (100 * b.x1) + '%';
  el.style.top = (100 * b.y1) + '%';
  el.style.width = (100 * (b.x2 - b.x1)) + '%';
  el.style.height = (100 * (b.y2 - b.y1)) + '%';
}

function fillFigure(f, s, m, i) {
  const c = s.choice;
  let cls = 'member';
  if (c && c.action === 'reject') cls += ' rejected';
  else if (c && c.fileId === m.fileId) cls += c.origin === 'auto' ? ' chosen auto' : ' chosen';
  else if (c) cls += ' dimmed';
  f.el.className = cls;
  f.el.dataset.fileId = m.fileId;
  f.el.dataset.stage = m.stage;
  f.frame.dataset.w = m.width || 0;
  f.frame.dataset.h = m.height || 0;
  const src = url('/img/' + m.fileId + '/thumb');
  if (f.img.getAttribute('src') !== src) f.img.src = src;
  f.img.alt = m.name;
  f.label.textContent = stageName(m);
  f.label.title = m.name;
  f.size.textContent = m.width && m.height ? m.width + '×' + m.height : '';
  // Embed could not decode this image: it is shown, never the AI's pick.
  f.undecodable.textContent = m.undecodable ? '⚠ cannot be decoded (' + m.undecodable + ')' : '';
  f.undecodable.hidden = !m.undecodable;

  // Heatmap panels are fetched only while they are shown: most sets are judged without them.
  const heat = s.heatmap && document.body.classList.contains('heatmap-on') ? url('/heatmap/' + s.setId + '/' + m.fileId) : '';
  if (heat && f.heat.getAttribute('src') !== heat) f.heat.src = heat;
  f.heat.hidden = !heat;

  // Before a choice the AI's crop is drawn on every member: it is the crop any of them would be kept with.
  const chosenCrop = c && c.fileId === m.fileId && c.crop;
  const crop = chosenCrop ? c.crop : (s.ai && s.ai.crop && !c ? s.ai.crop : null);
  f.crop.className = 'crop-overlay' + (chosenCrop ? ' chosen-crop' : '') + (crop && (chosenCrop || state.cropShown) ? ' shown' : '');
  if (crop) place(f.crop, crop);

  const blamed = s.ai && s.ai.blamedBox && s.ai.blamedFileId === m.fileId;
  f.blame.className = 'blame-box' + (blamed ? ' shown' : '') + (blamed && s.ai.anomaly ? ' flagged' : '');
  if (blamed) {
    place(f.blame, s.ai.blamedBox);
    f.blame.title = s.ai.anomaly ? 'where the highest stage looks broken' : 'where this stage changed most';
  }

  const picked = s.ai && s.ai.pickFileId === m.fileId;
  f.badge.hidden = !picked;
  if (picked) f.badge.textContent = 'AI pick · ' + pct(s.ai.confidence);
}

// The rendered image rectangle inside its frame (object-fit: contain letterboxes it), from the image's pixel size.
function renderedRect(img, w, h) {
  const W = img.clientWidth, H = img.clientHeight;
  const nw = w || img.naturalWidth, nh = h || img.naturalHeight;
  if (!W || !H || !nw || !nh) return null;
  const s = Math.min(W / nw, H / nh);
  const rw = nw * s, rh = nh * s;
  return { left: img.offsetLeft + (W - rw) / 2, top: img.offsetTop + (H - rh) / 2, width: rw, height: rh };
}

function layout(frame) {
  placeBox(frame, measure(frame));
}

function measure(frame) {
  return renderedRect(frame.querySelector('img.thumb'), +frame.dataset.w, +frame.dataset.h);
}

function placeBox(frame, r) {
  const ib = frame.querySelector('.imgbox');
  if (!r || !ib) return;
  ib.style.left = r.left + 'px';
  ib.style.top = r.top + 'px';
  ib.style.width = r.width + 'px';
  ib.style.height = r.height + 'px';
}

// Every frame is measured first and written after: alternating reads and writes would make the browser lay the
// page out again for each member.
function layoutAll() {
  const frames = [...document.querySelectorAll('#members .member:not([hidden]) .frame')];
  const rects = frames.map(measure);
  frames.forEach((f, i) => placeBox(f, rects[i]));
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
  renderSet();
  renderStrip();
  markCurrentInList();
}

function markCurrentInList() {
  const id = String(current() ? current().setId : '');
  for (const li of $('auto-list').children) li.classList.toggle('current', li.dataset.setId === id);
}

// Next set that still waits for the curator: auto-accepted sets are skipped (they are in the list).
function next() {
  for (let i = state.index + 1; i < sets().length; i++) {
    if (!isAuto(sets()[i])) { go(i); return; }
  }
  say(isOpen() ? 'Last set of the batch. Shift+Enter finalizes.' : 'Last set of the batch.');
}

function blocked() {
  if (isOpen()) return false;
  say('Batch ' + state.page.batch.seq + ' is ' + state.page.batch.state + ': its choices are final. N opens the next batch.', true);
  return true;
}

// A crop keeps the image's aspect, so in normalized units it is the same box on every member of a set: carried
// to another member it covers the same part of the picture, scaled to that member's pixels.
function carriedCrop(s) {
  const c = s.choice;
  if (c && c.action === 'choose') return c.crop ? { box: c.crop, source: c.cropSource } : null;
  if (state.cropShown && s.ai && s.ai.crop) return { box: s.ai.crop, source: 'ai' };
  return null;
}

async function choose(memberIndex, cropSource, crop) {
  const s = current();
  if (!s || state.busy || blocked()) return;
  const m = memberIndex == null ? null : s.members[memberIndex];
  if (memberIndex != null && !m) { say('This set has no ' + LETTERS[memberIndex] + ' member', true); return; }
  const before = s.choice;
  s.choice = m
    ? { action: 'choose', fileId: m.fileId, crop: crop, cropSource: crop ? cropSource : null, origin: 'curator' }
    : { action: 'reject', fileId: null, crop: null, cropSource: null, origin: 'curator' };
  const at = state.index;
  next();
  if (at === state.index) render();
  else if (isAuto(before)) renderAutoList();
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

function chooseWithCrop(i) {
  const s = current();
  if (!s) return;
  const carried = carriedCrop(s);
  choose(i, carried ? carried.source : null, carried ? carried.box : null);
}

async function undo() {
  if (!state.page || !state.page.batch || blocked()) return;
  try {
    const r = await api('POST', '/api/undo', { batchId: state.page.batch.id });
    if (r.nothing) { say('Nothing to undo'); return; }
    const i = sets().findIndex((s) => s.setId === r.setId);
    if (i >= 0) sets()[i].choice = r.choice;
    state.page.progress = r.progress;
    renderHeader();
    go(i >= 0 ? i : state.index);
    say('Undone');
  } catch (e) {
    say('Undo failed: ' + e.message, true);
  }
}

async function revert(s) {
  if (!s || !isAuto(s) || blocked()) { if (s && !isAuto(s)) say('This set was not auto-accepted'); return; }
  try {
    const r = await api('POST', '/api/revert', { batchId: state.page.batch.id, setId: s.setId });
    s.choice = r.choice;
    state.page.progress = r.progress;
    const i = sets().indexOf(s);
    renderHeader();
    go(i >= 0 ? i : state.index);
    say('Reverted: this set waits for your choice');
  } catch (e) {
    say('Revert failed: ' + e.message, true);
  }
}

async function setCut(value) {
  const cut = value === '' || value == null ? null : Number(value) / 100;
  if (cut != null && !(cut > 0 && cut <= 1)) { say('The cut is a confidence between 1 and 100%', true); return; }
  try {
    const p = await api('POST', '/api/auto-accept', { cut });
    const shown = current() ? current().setId : null;
    state.page = p;
    const i = sets().findIndex((s) => s.setId === shown);
    state.index = i >= 0 ? i : 0;
    render();
    say(cut == null ? 'Auto-accept off' : 'Auto-accept at ' + pct(cut) + ': ' + p.progress.auto + ' sets accepted');
  } catch (e) {
    say('Cut not set: ' + e.message, true);
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
  renderSet();
}

// ---------- crop editor (aspect locked: a crop keeps the image's own aspect, so in normalized units it is square) ----------

function openEditor(i) {
  const s = current();
  const m = s && s.members[i];
  if (!m) { say('This set has no ' + EDIT_LETTERS[i] + ' member', true); return; }
  if (blocked()) return;
  const carried = carriedCrop(s);
  const b = carried ? carried.box : (s.ai && s.ai.crop ? s.ai.crop : { x1: 0, y1: 0, x2: 1, y2: 1 });
  const side = Math.min(1, ((b.x2 - b.x1) + (b.y2 - b.y1)) / 2);
  const cx = (b.x1 + b.x2) / 2, cy = (b.y1 + b.y2) / 2;
  state.editor = { memberIndex: i, box: clampBox({ x1: cx - side / 2, y1: cy - side / 2, x2: cx + side / 2, y2: cy + side / 2 }) };
  const frame = $('editor-frame');
  frame.dataset.w = m.width || 0;
  frame.dataset.h = m.height || 0;
  $('editor-title').textContent = 'Crop ' + stageName(m) + ' · ' + m.name;
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
  place($('editor-box'), state.editor.box);
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
  if (!isOpen()) { $('finalized').classList.remove('hidden'); return; }
  try {
    const s = await api('GET', '/api/finalize?batch=' + encodeURIComponent(state.page.batch.id));
    const rows = [
      ['Chosen by you, uncropped', s.chosen], ['Chosen by you and cropped', s.cropped], ['Sets you rejected', s.rejected],
      ['Auto-accepted (the AI\'s pick' + (s.autoCropped ? ', ' + s.autoCropped + ' with its crop' : '') + ')', s.autoAccepted],
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

const CHOOSE = { KeyA: 0, KeyS: 1, KeyD: 2, KeyF: 3 };
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
  if (!$('past-view').classList.contains('hidden')) { $('past-view').classList.add('hidden'); return true; }
  if (state.editor) return editorKey(ev);
  if (!$('summary').classList.contains('hidden')) {
    if (ev.key === 'Escape') { closeSummary(); return true; }
    if (ev.code === 'KeyY' && !$('summary').dataset.done && !$('summary-ok').disabled) { runFinalize(); return true; }
    if (ev.code === 'KeyN' && $('summary').dataset.done) { nextBatch(); return true; }
    return false;
  }
  if (ev.key === '?') { $('help').classList.remove('hidden'); return true; }
  if (ev.shiftKey && ev.key === 'Enter') { openSummary(); return true; }
  if (ev.code === 'KeyN' && state.page && state.page.batch && !isOpen()) { nextBatch(); return true; }
  if (ev.code in CHOOSE) {
    if (ev.shiftKey) choose(CHOOSE[ev.code], null, null);
    else chooseWithCrop(CHOOSE[ev.code]);
    return true;
  }
  if (ev.code in EDIT) { if (ev.shiftKey) zoom(EDIT[ev.code]); else openEditor(EDIT[ev.code]); return true; }
  switch (ev.code) {
    case 'Enter': case 'NumpadEnter': case 'Space': case 'ArrowDown': next(); return true;
    case 'ArrowUp': go(state.index - 1); return true;
    case 'KeyU': return undo();
    case 'KeyZ': return revert(current());
    case 'KeyX': choose(null, null, null); return true;
    case 'KeyC': toggleCrop(); return true;
    case 'KeyH': toggleHeatmap(); return true;
    default: return false;
  }
}

document.addEventListener('keydown', (ev) => {
  if (ev.target instanceof HTMLInputElement && (ev.target.type === 'number' || ev.code === 'Space')) return;
  const handled = handleKey(ev);
  if (handled) {
    ev.preventDefault();
    markTiming(ev, handled);
  }
});

$('help-btn').addEventListener('click', () => $('help').classList.remove('hidden'));
$('help').addEventListener('click', () => $('help').classList.add('hidden'));
$('zoom').addEventListener('click', () => $('zoom').classList.add('hidden'));
$('past-view').addEventListener('click', () => $('past-view').classList.add('hidden'));
$('finalize-btn').addEventListener('click', openSummary);
$('summary-cancel').addEventListener('click', closeSummary);
$('editor-ok').addEventListener('click', acceptEditor);
$('editor-cancel').addEventListener('click', closeEditor);
$('crop-toggle').addEventListener('change', (e) => toggleCrop(e.target.checked));
$('heatmap-toggle').addEventListener('change', (e) => toggleHeatmap(e.target.checked));
$('next-batch-btn').addEventListener('click', nextBatch);
$('cut').addEventListener('change', (e) => { setCut(e.target.value); e.target.blur(); });
$('cut').addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === 'Escape') e.target.blur(); });

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
