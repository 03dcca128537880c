// Review report behaviour.  Optional: without it every finding and row is shown.
// It reads everything from the page (data-* attributes), so no document text
// ever passes through script code.
(function () {
  "use strict";
  function byId(id) { return document.getElementById(id); }

  var controls = byId("findings-controls");
  var code = byId("filter-code");
  var severity = byId("filter-severity");
  var count = byId("filter-count");
  var items = document.querySelectorAll("#findings-list [data-finding]");
  function filterFindings() {
    var c = code.value, s = severity.value, shown = 0;
    for (var i = 0; i < items.length; i++) {
      var item = items[i];
      var keep = (c === "" || item.getAttribute("data-code") === c) &&
                 (s === "" || item.getAttribute("data-severity") === s);
      item.hidden = !keep;
      if (keep) { shown++; }
    }
    count.textContent = shown + " of " + items.length + " shown";
  }
  if (controls && code && severity && count) {
    code.addEventListener("change", filterFindings);
    severity.addEventListener("change", filterFindings);
    controls.hidden = false;
    filterFindings();
  }

  var rowControls = byId("rows-controls");
  var flagged = byId("filter-flagged");
  var rows = byId("rows");
  if (rowControls && flagged && rows) {
    flagged.addEventListener("change", function () {
      rows.classList.toggle("only-flagged", flagged.checked);
    });
    rowControls.hidden = false;
  }
})();
