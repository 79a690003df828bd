// Review stats: real pace and AI agreement (beside the highest-stage baseline), from the wall-clock times of the choices.
'use strict';

const TOKEN = document.body.dataset.token;
const $ = (id) => document.getElementById(id);
const NS = 'http://www.w3.org/2000/svg';

function pct(a, b) { return b ? (100 * a / b).toFixed(1) + '%' : '–'; }
function num(x, d) { return x == null ? '–' : Number(x).toFixed(d); }

function table(id, header, rows) {
  const t = $(id);
  t.innerHTML = '';
  const tr = document.createElement('tr');
  header.forEach((h) => { const th = document.createElement('th'); th.textContent = h; tr.appendChild(th); });
  t.appendChild(tr);
  rows.forEach((r) => {
    const row = document.createElement('tr');
    r.forEach((v) => { const td = document.createElement('td'); td.textContent = String(v); row.appendChild(td); });
    t.appendChild(row);
  });
  if (!rows.length) {
    const row = document.createElement('tr');
    const td = document.createElement('td'); td.textContent = 'nothing yet'; td.className = 'dim';
    row.appendChild(td); t.appendChild(row);
  }
}

function el(name, attrs, text) {
  const e = document.createElementNS(NS, name);
  Object.entries(attrs).forEach(([k, v]) => e.setAttribute(k, v));
  if (text != null) e.textContent = text;
  return e;
}

// Agreement per day on a 0–100% axis with gridlines, the day under each point, and the baseline as a dashed line.
function chart(days) {
  const svg = $('chart');
  svg.innerHTML = '';
  const pts = days.filter((d) => d.withAi > 0);
  const W = 760, H = 220, L = 48, R = 130, T = 12, B = 36;
  const x = (i) => L + (pts.length <= 1 ? (W - L - R) / 2 : i * (W - L - R) / (pts.length - 1));
  const y = (r) => T + (1 - r) * (H - T - B);
  [0, 0.25, 0.5, 0.75, 1].forEach((r) => {
    svg.appendChild(el('line', { x1: L, x2: W - R, y1: y(r), y2: y(r), stroke: r === 0 ? '#888' : '#333' }));
    svg.appendChild(el('text', { x: L - 6, y: y(r) + 4, 'text-anchor': 'end', fill: '#aaa', 'font-size': 11 }, Math.round(100 * r) + '%'));
  });
  svg.appendChild(el('line', { x1: L, x2: L, y1: T, y2: H - B, stroke: '#888' }));
  svg.appendChild(el('text', { x: L, y: H - 4, fill: '#aaa', 'font-size': 11 }, 'day'));
  if (!pts.length) {
    svg.appendChild(el('text', { x: (W - R + L) / 2, y: H / 2, 'text-anchor': 'middle', fill: '#888' }, 'no choices with an AI suggestion yet'));
    return;
  }
  const series = [
    { name: 'AI agreement', color: '#4a90e2', dash: '', value: (d) => d.agreed / d.withAi },
    { name: 'highest stage', color: '#bbb', dash: '5 4', value: (d) => d.keptHighest / d.withAi },
  ];
  series.forEach((s, k) => {
    if (pts.length > 1) {
      svg.appendChild(el('polyline', { points: pts.map((d, i) => x(i) + ',' + y(s.value(d))).join(' '), stroke: s.color,
        fill: 'none', 'stroke-width': 2, 'stroke-dasharray': s.dash }));
    }
    pts.forEach((d, i) => {
      const c = el('circle', { cx: x(i), cy: y(s.value(d)), r: 3.5, fill: s.color });
      c.appendChild(el('title', {}, d.day + ' · ' + s.name + ': ' + pct(s.value(d), 1) + ' of ' + d.withAi + ' sets'));
      svg.appendChild(c);
    });
    svg.appendChild(el('line', { x1: W - R + 12, x2: W - R + 36, y1: T + 8 + 18 * k, y2: T + 8 + 18 * k, stroke: s.color,
      'stroke-width': 2, 'stroke-dasharray': s.dash }));
    svg.appendChild(el('text', { x: W - R + 42, y: T + 12 + 18 * k, fill: '#ccc', 'font-size': 11 }, s.name));
  });
  const every = Math.max(1, Math.ceil(pts.length / 8));
  pts.forEach((d, i) => {
    if (i % every === 0 || i === pts.length - 1) {
      svg.appendChild(el('text', { x: x(i), y: H - B + 16, 'text-anchor': 'middle', fill: '#aaa', 'font-size': 11 }, d.day.slice(5)));
    }
  });
}

async function load() {
  const all = $('all-projects').checked;
  const res = await fetch('/api/stats?token=' + encodeURIComponent(TOKEN) + (all ? '&all=1' : ''));
  const r = await res.json();
  const t = r.totals;
  table('totals', ['decisions', 'with an AI suggestion', 'AI agreement', 'baseline: highest stage', 'sets per minute'],
    [[t.decisions, t.withAi, pct(t.agreed, t.withAi) + ' (' + t.agreed + ')', pct(t.keptHighest, t.withAi) + ' (' + t.keptHighest + ')',
      num(t.setsPerMinute, 1)]]);
  const a = r.autoAccepted;
  table('auto', ['auto-accepted', 'standing', 'confirmed by you', 'changed by you', 'changed share'],
    [[a.accepted, a.standing, a.confirmed, a.changed, pct(a.changed, a.confirmed + a.changed) + ' of those you looked at']]);
  chart(r.agreementByDay);
  table('days', ['day', 'decisions', 'with AI', 'AI agreement', 'highest stage'],
    r.agreementByDay.map((d) => [d.day, d.decisions, d.withAi, pct(d.agreed, d.withAi), pct(d.keptHighest, d.withAi)]));
  table('projects', ['project', 'decisions', 'with AI', 'AI agreement', 'highest stage', 'crops', 'rejected sets'],
    r.byProject.map((p) => [p.project, p.decisions, p.withAi, pct(p.agreed, p.withAi), pct(p.keptHighest, p.withAi), p.crops, p.rejections]));
  table('sessions', ['session', 'project', 'first choice', 'last choice', 'sets', 'active minutes', 'sets per minute'],
    r.sessions.map((s) => [s.session, s.project, s.firstChoice, s.lastChoice, s.decisions, num(s.activeMinutes, 1), num(s.setsPerMinute, 1)]));
  table('overrides', ['when', 'project', 'set', 'AI kept', 'AI confidence', 'you kept'],
    r.overrides.map((o) => [o.at.replace('T', ' ').slice(0, 19), o.project, o.set, o.aiKept, pct(o.aiConfidence, 1), o.curatorKept]));
}

$('all-projects').addEventListener('change', load);
load();
