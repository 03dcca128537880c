// The boxes that open under the focused row to edit its side's sentences: the text edit
// (e), the sentence split (S), the sentence join (+) and the sentence insert (i).  One is
// open at a time; while it is, the page's keys are its own (editor.js asks boxOpen).
// What they need of the page -- the focused row, bead and side, the status line, the edit
// API -- it gives once (useBoxes).  Values are set as text, never as HTML.

let page = null;  // { here: () => ({ row, focus, side }), say, act }
let editing = null;  // the open box, or null

export function useBoxes(given) { page = given; }
export function boxOpen() { return editing !== null; }
function say(text, bad) { page.say(text, bad); }
function act(action, extra) { return page.act(action, extra); }

export function closeEditor() {
  if (editing) editing.remove();
  editing = null;
}

// The text edit (e): one box per sentence of the focused side, filled with its text;
// Enter saves them all as one edit, Esc cancels, Tab goes to the next sentence.
export function openEditor() {
  const { row, focus, side } = page.here();
  if (!row) return;
  const texts = JSON.parse(side === "source" ? row.dataset.srcTexts : row.dataset.tgtTexts);
  if (!texts.length) { say(`bead ${focus} has no ${side} sentence to edit`, true); return; }
  closeEditor();
  editing = document.createElement("div");
  editing.id = "text-edit";
  editing.dataset.bead = String(focus);
  editing.dataset.side = side;
  for (const text of texts) {
    const box = document.createElement("textarea");
    box.value = text;
    box.rows = Math.min(6, Math.ceil(text.length / 70) + 1);
    box.setAttribute("aria-label", `${side} sentence text`);
    editing.append(box);
  }
  const hint = document.createElement("p");
  hint.textContent = "Enter saves, Esc cancels, Tab: next sentence";
  editing.append(hint);
  editing.addEventListener("keydown", async (event) => {
    event.stopPropagation();  // the editor's keys are not the page's
    if (event.key === "Escape") { event.preventDefault(); closeEditor(); say("text not changed"); }
    else if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      const boxes = [...editing.querySelectorAll("textarea")];
      const saved = await act("text", { texts: boxes.map((b) => b.value) });
      if (saved) closeEditor();  // refused: the boxes stay open to be corrected
    }
  });
  row.append(editing);
  const first = editing.querySelector("textarea");
  first.focus();
  first.setSelectionRange(first.value.length, first.value.length);
  say(`editing the ${side} text of bead ${focus}: Enter saves, Esc cancels`);
}

// The sentence split (S): one box per sentence of the focused side, its text kept as it is;
// the caret (a click, the arrow keys) marks where the first part ends, Enter splits the
// sentence there, Esc cancels.  The offset sent counts characters as the server does
// (code points, not the browser's UTF-16 units).  The boxes are not `readonly`: Chromium
// does not move the caret of a read-only textarea by keyboard (only caret browsing
// does), so every change is refused (beforeinput) and the text put back if one got in
// (an input method's composition cannot be refused).
function keepText(box, text) {
  box.addEventListener("beforeinput", (event) => event.preventDefault());
  box.addEventListener("input", () => {
    const at = Math.min(box.selectionStart, text.length);
    box.value = text;
    box.setSelectionRange(at, at);
  });
}

// Where the caret opens in a sentence to split: after the first sentence-ending mark
// (or colon, semicolon, closing quote) followed by a space; else (no inner full stop: two
// sentences merged, a caption glued to speech) at the space nearest the middle, a place
// the split accepts; else (no space: Chinese, Japanese) after the first mark, or in the
// middle.
function splitPlace(text) {
  const end = text.search(/[.!?…:;»"”)](?=\s)/u);
  if (end >= 0) return end + 1;
  const middle = Math.floor(text.length / 2);
  let best = -1;
  for (const m of text.matchAll(/\s+/gu)) {
    if (m.index > 0 && (best < 0 || Math.abs(m.index - middle) < Math.abs(best - middle))) {
      best = m.index;
    }
  }
  if (best >= 0) return best;
  const mark = text.search(/[。！？，、；：]/u);
  return mark >= 0 && mark + 1 < text.length ? mark + 1 : middle;
}
export function openSplitter() {
  const { row, focus, side } = page.here();
  if (!row) return;
  const texts = JSON.parse(side === "source" ? row.dataset.srcTexts : row.dataset.tgtTexts);
  const indices = (side === "source" ? row.dataset.src : row.dataset.tgt).split(" ");
  if (!texts.length) { say(`bead ${focus} has no ${side} sentence to split`, true); return; }
  closeEditor();
  editing = document.createElement("div");
  editing.id = "sentence-split";
  editing.dataset.bead = String(focus);
  editing.dataset.side = side;
  texts.forEach((text, k) => editing.append(sentenceBox(
    text, indices[k], `${side} sentence ${indices[k]}: put the cursor where it splits`)));
  const hint = document.createElement("p");
  hint.textContent = "put the cursor where the first sentence ends: Enter splits it there, Esc cancels, Tab: next sentence";
  editing.append(hint);
  editing.addEventListener("keydown", async (event) => {
    event.stopPropagation();  // the splitter's keys are not the page's
    if (event.key === "Escape") { event.preventDefault(); closeEditor(); say("no sentence split"); }
    else if (event.key === "Enter" && !event.isComposing) {
      event.preventDefault();
      const box = event.target.closest("textarea");
      if (!box) return;
      const at = [...box.value.slice(0, box.selectionStart)].length;
      // the bead and side the boxes were opened on (a click may have moved the focus since)
      const saved = await act("split-sentence", {
        bead: Number(editing.dataset.bead), side: editing.dataset.side,
        sentence: Number(box.dataset.sentence), at,
      });
      if (saved) closeEditor();  // refused: the boxes stay open to choose another place
    }
  });
  row.append(editing);
  const first = editing.querySelector("textarea");
  first.focus();
  const place = splitPlace(first.value);
  first.setSelectionRange(place, place);
  say(`splitting a ${side} sentence of bead ${focus}: put the cursor, Enter splits, Esc cancels`);
}

// A sentence's text in a box the cursor moves in but no key changes (the splitter's and
// the joiner's), labelled for a screen reader.
function sentenceBox(text, index, label) {
  const box = document.createElement("textarea");
  box.value = text;
  box.setAttribute("aria-readonly", "true");
  box.spellcheck = false;
  keepText(box, text);
  box.dataset.sentence = index;
  box.rows = Math.min(6, Math.ceil(text.length / 70) + 1);
  box.setAttribute("aria-label", label);
  return box;
}

// The sentence join (+), the reverse of S: two sentences of the focused side that the
// segmenter split wrongly ("M." | "Le Bihan, ...") made one.  A side of two sentences
// is joined at once; of more, one box per sentence but the last (its text kept as it is)
// and Enter joins the one the cursor is in with the next, Esc cancels.
export function openJoiner() {
  const { row, focus, side } = page.here();
  if (!row) return;
  const texts = JSON.parse(side === "source" ? row.dataset.srcTexts : row.dataset.tgtTexts);
  const indices = (side === "source" ? row.dataset.src : row.dataset.tgt).split(" ");
  if (texts.length < 2) {
    say(`bead ${focus} has no two ${side} sentences to join (m merges the bead with the next first)`, true);
    return;
  }
  if (texts.length === 2) { act("join-sentence", { sentence: Number(indices[0]) }); return; }
  closeEditor();
  editing = document.createElement("div");
  editing.id = "sentence-join";
  editing.dataset.bead = String(focus);
  editing.dataset.side = side;
  texts.slice(0, -1).forEach((text, k) => editing.append(sentenceBox(
    text, indices[k], `${side} sentence ${indices[k]}: Enter joins it with the next`)));
  const hint = document.createElement("p");
  hint.textContent = "Enter joins the sentence the cursor is in with the next one, Esc cancels, Tab: next sentence";
  editing.append(hint);
  editing.addEventListener("keydown", async (event) => {
    event.stopPropagation();  // the joiner's keys are not the page's
    if (event.key === "Escape") { event.preventDefault(); closeEditor(); say("no sentences joined"); }
    else if (event.key === "Enter" && !event.isComposing) {
      event.preventDefault();
      const box = event.target.closest("textarea");
      if (!box) return;
      const saved = await act("join-sentence", {
        bead: Number(editing.dataset.bead), side: editing.dataset.side,
        sentence: Number(box.dataset.sentence),
      });
      if (saved) closeEditor();
    }
  });
  row.append(editing);
  editing.querySelector("textarea").focus();
  say(`joining two ${side} sentences of bead ${focus}: Enter joins the one with the cursor and the next, Esc cancels`);
}

// The sentence insert (i): a sentence no file has, typed into one empty box, put on the
// focused side of a bead that has none there (a source sentence the translation left
// out: its translation); Enter inserts it, Esc cancels.  Only an empty side takes one:
// a sentence left out of a bead that has others is detached first (d, D), alone then.
export function openInserter() {
  const { row, focus, side } = page.here();
  if (!row) return;
  const texts = (s) => JSON.parse(s === "source" ? row.dataset.srcTexts : row.dataset.tgtTexts);
  if (texts(side).length) {
    const other = side === "source" ? "target" : "source";
    const hint = texts(other).length ? "beside a sentence left without a counterpart"
      : `its ${other} side is empty: ${other === "source" ? "h" : "l"}, then i`;
    say(`bead ${focus} has a ${side} sentence: i inserts one only on an empty side (${hint})`, true);
    return;
  }
  closeEditor();
  editing = document.createElement("div");
  editing.id = "sentence-insert";
  editing.dataset.bead = String(focus);
  editing.dataset.side = side;
  const box = document.createElement("textarea");
  box.rows = 2;
  box.setAttribute("aria-label", `the new ${side} sentence of bead ${focus}`);
  editing.append(box);
  const hint = document.createElement("p");
  hint.textContent = `type the new ${side} sentence: Enter inserts it, Esc cancels`;
  editing.append(hint);
  editing.addEventListener("keydown", async (event) => {
    event.stopPropagation();  // the inserter's keys are not the page's
    if (event.key === "Escape") { event.preventDefault(); closeEditor(); say("no sentence inserted"); }
    else if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      if (!box.value.trim()) { say("type the sentence first: an inserted sentence cannot be empty", true); return; }
      // the bead and side the box was opened on (a click may have moved the focus since)
      const saved = await act("insert-sentence", {
        bead: Number(editing.dataset.bead), side: editing.dataset.side, texts: [box.value],
      });
      if (saved) closeEditor();  // refused: the box stays open
    }
  });
  row.append(editing);
  box.focus();
  say(`inserting a ${side} sentence in bead ${focus}: Enter inserts, Esc cancels`);
}
