// The alignment editor's page: keys, the focused bead and side, and the edit API.
// Every edit is sent with the version the page shows; the server answers with
// the new version and the rows that changed (the page puts them in place of the
// old ones and renumbers the rows after them) or refuses: 409 when
// the document changed in another tab (the page reloads), 4xx with a message
// otherwise; 503 when the server could not write to its disk.  No text is ever
// put into the page as HTML except the rows the server rendered (and escaped).
// The boxes that edit a side's sentences (e, S, +, i) are boxes.js.

import {
  boxOpen, closeEditor, openEditor, openInserter, openJoiner, openSplitter, useBoxes,
} from "./boxes.js";

const body = document.body;
const doc = body.dataset.doc;
const token = body.dataset.token;
const rowsBox = document.getElementById("rows");
const statusLine = document.getElementById("status");
const help = document.getElementById("help");
const stateKey = `aligner-review-${doc}`;

let focus = 0;
let side = "source";
let digits = "";
let busy = false;

function rows() { return rowsBox.querySelectorAll(".r[data-bead]"); }
function info() { return document.getElementById("rows-data").dataset; }
function say(text, bad) {
  statusLine.textContent = text;
  statusLine.classList.toggle("bad", Boolean(bad));
}

function show(k, scroll = true) {
  const all = rows();
  if (!all.length) return;
  focus = Math.max(0, Math.min(k, all.length - 1));
  for (const el of rowsBox.querySelectorAll(".focus")) el.classList.remove("focus");
  for (const el of rowsBox.querySelectorAll(".side-focus")) el.classList.remove("side-focus");
  const row = all[focus];
  row.classList.add("focus");
  const cell = row.querySelector(side === "source" ? ":scope > .s" : ":scope > .t");
  if (cell) cell.classList.add("side-focus");
  body.dataset.focus = String(focus);
  body.dataset.side = side;
  if (scroll) row.scrollIntoView({ block: "center" });
  sessionStorage.setItem(stateKey, JSON.stringify({ focus, side }));
  keepPlace();
}

// The place is kept on the server too (per document, another day, another browser): sent
// a moment after the focus stops moving, and as the page is left.
let placeTimer = null;
let placeSent = `${body.dataset.placeBead}:${body.dataset.placeSide}`;
function sendPlace() {
  clearTimeout(placeTimer);
  placeTimer = null;
  const now = `${focus}:${side}`;
  if (now === placeSent) return;
  placeSent = now;
  fetch(`/doc/${doc}/api/place`, {
    method: "POST",
    credentials: "same-origin",
    keepalive: true,
    headers: { "Content-Type": "application/json", "X-Aligner-Token": token },
    body: JSON.stringify({ bead: focus, side }),
  }).catch(() => {});  // not kept: the page opens at the first bead
}
function keepPlace() {
  clearTimeout(placeTimer);
  placeTimer = setTimeout(sendPlace, 700);
}
window.addEventListener("pagehide", sendPlace);

// What n/p, g/G and N/P look for: a doubtful bead (the one notion the server computes:
// what C leaves and the counter counts), an n:m bead (more than one sentence on a side),
// a bead nobody has marked.
const LOOK_FOR = {
  doubtful: (row) => row.dataset.doubtful === "1",
  "n:m": (row) => row.dataset.src.split(" ").length > 1 || row.dataset.tgt.split(" ").length > 1,
  unmarked: (row) => !row.dataset.review,
};

function next(what, step) {
  const all = rows();
  for (let k = focus + step; k >= 0 && k < all.length; k += step) {
    if (LOOK_FOR[what](all[k])) { show(k); say(`unit ${k}: ${all[k].dataset.kind}`); return; }
  }
  say(`no ${what} bead ${step > 0 ? "after" : "before"} this one`);
}

async function refresh() {
  const response = await fetch(`/doc/${doc}/rows`, { credentials: "same-origin" });
  if (!response.ok) { say(`could not load the rows (${response.status})`, true); return; }
  closeEditor();  // its row is replaced
  rowsBox.innerHTML = await response.text();  // server-rendered, every text escaped
}

// The answer to an edit names the run of rows it replaced and brings the new ones
// (server-rendered, every text escaped); the rows after them only change number
// (a merge, split or detach renumbers the beads after it) and their findings'
// indices move by one amount.  The result is what /rows would give.
function patchRows(answer) {
  closeEditor();  // its row may be replaced
  const p = answer.rows;
  const all = rows();
  const after = all[p.start + p.removed] || null;
  for (let k = p.start; k < p.start + p.removed; k += 1) all[k].remove();
  const made = document.createElement("template");
  made.innerHTML = p.html;
  rowsBox.insertBefore(made.content, after);
  if (p.added !== p.removed || p.finding_shift) {
    const now = rows();
    for (let k = p.start + p.added; k < now.length; k += 1) {
      const row = now[k];
      row.id = `bead-${k}`;
      row.dataset.bead = String(k);
      row.querySelector(".num").textContent = String(k);
      for (const li of row.querySelectorAll("[data-row-finding]")) {
        li.dataset.rowFinding = String(Number(li.dataset.rowFinding) + p.finding_shift);
      }
    }
  }
  document.getElementById("rows-data").remove();
  document.getElementById("counts").remove();
  rowsBox.insertAdjacentHTML("afterbegin", answer.summary);
}

async function act(action, extra = {}) {
  if (busy) {
    // one edit at a time: a key pressed meanwhile is not queued, and says so
    say("still saving the last edit: that key did nothing; press it again", true);
    return;
  }
  busy = true;
  body.dataset.busy = "1";
  let ok = true;
  const sentFrom = focus;
  const payload = { version: Number(info().version), bead: focus, ...extra };
  let kind = "edit";
  if (action === "undo" || action === "redo" || action === "realign") kind = action;
  else payload.op = action;
  if (action === "move-first" || action === "move-last" || action === "detach-first"
      || action === "detach-last" || action === "text" || action === "split-sentence"
      || action === "join-sentence" || action === "insert-sentence") {
    payload.side = extra.side || side;
  }
  say(action === "realign" ? "realigning…" : "saving…");
  try {
    const response = await fetch(`/doc/${doc}/api/${kind}`, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-Aligner-Token": token },
      body: JSON.stringify(payload),
    });
    const answer = await response.json();
    if (response.status === 409) {
      say(`${answer.error}; reloading`, true);
      sessionStorage.setItem(stateKey, JSON.stringify({ focus, side }));
      // said again once the page is back: the edit was not made
      sessionStorage.setItem(`${stateKey}-refused`, `not saved: ${answer.error}`);
      window.location.reload();
      return false;
    }
    if (!response.ok) {
      ok = false;
      // 503 with a new version: the edit is in the log though the file was not
      // replaced, so the rows show it.
      if (answer.version !== undefined && String(answer.version) !== info().version) {
        await refresh();
        show(focus);
      }
      say(answer.error || `refused (${response.status})`, true);
      return false;
    }
    if (answer.rows) patchRows(answer);
    else await refresh();
    // realigning changes beads anywhere: the reader keeps their place; so does one
    // who moved on (j, k) while the edit was being saved
    show(action === "realign" || focus !== sentFrom ? focus : answer.focus);
    say(`${answer.message} (version ${answer.version})`);
  } catch (err) {
    say(`not saved: ${err}`, true);
    ok = false;
  } finally {
    busy = false;
    delete body.dataset.busy;
  }
  return ok;
}

function toggleHelp() {
  help.hidden = !help.hidden;
  if (!help.hidden) help.focus();
}

const KEYS = {
  j: () => show(focus + 1), ArrowDown: () => show(focus + 1),
  k: () => show(focus - 1), ArrowUp: () => show(focus - 1),
  h: () => { side = "source"; show(focus); }, ArrowLeft: () => { side = "source"; show(focus); },
  l: () => { side = "target"; show(focus); }, ArrowRight: () => { side = "target"; show(focus); },
  Home: () => show(0), End: () => show(rows().length - 1),
  PageDown: () => show(focus + 10), PageUp: () => show(focus - 10),
  n: () => next("doubtful", 1), p: () => next("doubtful", -1),
  g: () => next("n:m", 1), G: () => next("n:m", -1),
  N: () => next("unmarked", 1), P: () => next("unmarked", -1),
  m: () => act("merge-next"), M: () => act("merge-prev"),
  s: () => act("split"),
  J: () => act("move-last"), K: () => act("move-first"),
  d: () => act("detach-last"), D: () => act("detach-first"),
  a: () => act("attach-prev"), A: () => act("attach-next"),
  c: () => act("confirm"),
  C: () => act("confirm-all"),
  e: () => openEditor(),
  S: () => openSplitter(),
  "+": () => openJoiner(),
  i: () => openInserter(),
  u: () => act("undo"), U: () => act("redo"),
  R: () => act("realign"),
  "?": () => toggleHelp(),
};

document.addEventListener("keydown", (event) => {
  if (boxOpen()) {
    // the text edit, the splitter, the joiner or the inserter is open (the focus left its
    // boxes: a click elsewhere): only Esc acts
    if (event.key === "Escape") { closeEditor(); say("nothing changed"); }
    return;
  }
  if (event.altKey || event.metaKey) return;
  const key = event.key;
  if (event.ctrlKey) {
    // the keys' help is a dialog: while it is open, Ctrl+Z and Ctrl+Y do nothing either
    if (!help.hidden) { event.preventDefault(); return; }
    const lower = key.toLowerCase();
    if (lower === "z" && !event.shiftKey) { event.preventDefault(); act("undo"); }
    else if (lower === "y" || (lower === "z" && event.shiftKey)) { event.preventDefault(); act("redo"); }
    return;
  }
  if (key === "Escape") { help.hidden = true; digits = ""; say("ready"); return; }
  // the keys' help is a dialog: while it is open, only ? and Escape act
  if (!help.hidden && key !== "?") { event.preventDefault(); return; }
  if (/^[0-9]$/.test(key)) { digits += key; say(`go to unit ${digits}… (Enter)`); return; }
  if (key === "Enter" && digits) {
    const k = Number(digits);
    digits = "";
    if (k < rows().length) { show(k); say(`unit ${k}`); } else say(`there is no unit ${k}`, true);
    event.preventDefault();
    return;
  }
  const handler = KEYS[key];
  if (!handler) return;
  event.preventDefault();
  digits = "";
  handler();
});

document.getElementById("toolbar").addEventListener("click", (event) => {
  const button = event.target.closest("button[data-act]");
  if (!button) return;
  const action = button.dataset.act;
  if (action === "help") toggleHelp();
  else if (action === "text") openEditor();
  else if (action === "split-sentence") openSplitter();
  else if (action === "join-sentence") openJoiner();
  else if (action === "insert-sentence") openInserter();
  else act(action);
});

rowsBox.addEventListener("click", (event) => {
  const row = event.target.closest(".r[data-bead]");
  if (!row) return;
  if (event.target.closest(".t")) side = "target";
  else if (event.target.closest(".s")) side = "source";
  show(Number(row.dataset.bead), false);
});

useBoxes({ here: () => ({ row: rows()[focus], focus, side }), say, act });

// this tab's place (a reload), else the one the server kept for the document
const saved = JSON.parse(sessionStorage.getItem(stateKey) || "null") || (
  body.dataset.placeBead === undefined ? null
    : { focus: Number(body.dataset.placeBead), side: body.dataset.placeSide });
if (saved) { side = saved.side === "target" ? "target" : "source"; }
show(saved ? saved.focus : 0, Boolean(saved));
const refused = sessionStorage.getItem(`${stateKey}-refused`);
if (refused) {
  sessionStorage.removeItem(`${stateKey}-refused`);
  say(refused, true);
}
body.dataset.ready = "1";
