// Review stats: real pace and AI agreement, from the wall-clock times of the choices.
'use strict';

const TOKEN = document.body.dataset.token;
const $ = (id) => document.getElementById(id);

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

function chart(days) {
  const svg = $('chart');
  const NS = 'http://www.w3.org/2000/svg';
  svg.innerHTML = '';
  const pts = days.filter((d) => d.withAi > 0);
  const W = 720, H = 180, P = 24;
  const axis = document.createElementNS(NS, 'path');
  axis.setAttribute('d', `M${P} ${P} V${H - P} H${W - P}`);
  axis.setAttribute('stroke', '#666'); axis.setAttribute('fill', 'none');
  svg.appendChild(axis);
  if (!pts.length) return;
  const x = (i) => P + (pts.length === 1 ? (W - 2 * P) / 2 : i * (W - 2 * P) / (pts.length - 1));
  const y = (r) => H - P - r * (H - 2 * P);
  const line = document.createElementNS(NS, 'polyline');
  line.setAttribute('points', pts.map((d, i) => x(i) + ',' + y(d.agreed / d.withAi)).join(' '));
  line.setAttribute('stroke', '#4a90e2'); line.setAttribute('fill', 'none'); line.setAttribute('stroke-width', '2');
  svg.appendChild(line);
  pts.forEach((d, i) => {
    const c = document.createElementNS(NS, 'circle');
    c.setAttribute('cx', x(i)); c.setAttribute('cy', y(d.agreed / d.withAi)); c.setAttribute('r', 3); c.setAttribute('fill', '#4a90e2');
    const t = document.createElementNS(NS, 'title'); t.textContent = d.day + ': ' + pct(d.agreed, d.withAi);
    c.appendChild(t); svg.appendChild(c);
  });
}

async function load() {
  const all = $('all-projects').checked;
  const res = await fetch('/api/stats?token=' + encodeURIComponent(TOKEN) + (all ? '&all=1' : ''));
  const r = await res.json();
  const t = r.totals;
  table('totals', ['decisions', 'with an AI suggestion', 'agreed', 'agreement', 'sets per minute'],
    [[t.decisions, t.withAi, t.agreed, pct(t.agreed, t.withAi), num(t.setsPerMinute, 1)]]);
  chart(r.agreementByDay);
  table('days', ['day', 'decisions', 'with AI', 'agreed', 'agreement'],
    r.agreementByDay.map((d) => [d.day, d.decisions, d.withAi, d.agreed, pct(d.agreed, d.withAi)]));
  table('projects', ['project', 'decisions', 'with AI', 'agreed', 'agreement', 'crops', 'rejected sets'],
    r.byProject.map((p) => [p.project, p.decisions, p.withAi, p.agreed, pct(p.agreed, p.withAi), p.crops, p.rejections]));
  table('sessions', ['session', 'project', 'first choice', 'last choice', 'sets', 'active minutes', 'sets per minute'],
    r.sessions.map((s) => [s.session, s.project, s.firstChoice, s.lastChoice, s.decisions, num(s.activeMinutes, 1), num(s.setsPerMinute, 1)]));
  table('overrides', ['when', 'project', 'batch', 'set', 'AI pick', 'AI confidence', 'chosen instead'],
    r.overrides.map((o) => [o.at, o.project, o.batch, o.setId, o.aiPick, pct(o.aiConfidence, 1), o.chosen]));
}

$('all-projects').addEventListener('change', load);
load();
