// Small progressive enhancements: every page works without this script.
(function () {
  "use strict";

  // Search-as-you-type: inputs with data-suggest fill their datalist from the server.
  document.querySelectorAll("input[data-suggest]").forEach(function (input) {
    const list = document.getElementById(input.getAttribute("list"));
    let timer = null, last = "";
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        const q = input.value.trim();
        if (q.length < 2 || q === last) return;
        last = q;
        fetch(input.dataset.suggest + "?q=" + encodeURIComponent(q), {credentials: "same-origin"})
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (rows) {
            list.replaceChildren.apply(list, rows.map(function (row) {
              const opt = document.createElement("option");
              opt.value = row.name;
              opt.label = row.alias !== row.name ? row.alias + " → " + row.name : row.name;
              return opt;
            }));
          });
      }, 150);
    });
  });

  // Bulk review: one box selects every row of the page.
  const all = document.getElementById("select-all");
  if (all) {
    all.addEventListener("change", function () {
      document.querySelectorAll('input[name="quotation"]').forEach(function (box) { box.checked = all.checked; });
    });
  }

  // The SQL console: Ctrl+Enter runs the query.
  const sql = document.getElementById("sql");
  if (sql) {
    sql.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); sql.form.submit(); }
    });
  }

  // Keyboard queues: pages with data-queue list items; j/k move, the keys in
  // data-key buttons act on the current item (shown on screen beside each button).
  const queue = document.querySelector("[data-queue]");
  if (queue) {
    const items = Array.from(queue.querySelectorAll("[data-item]"));
    let current = Math.max(0, items.findIndex(function (el) { return el.classList.contains("current"); }));
    function show(i) {
      if (!items.length) return;
      current = Math.max(0, Math.min(items.length - 1, i));
      items.forEach(function (el, j) { el.classList.toggle("current", j === current); });
      items[current].scrollIntoView({block: "nearest"});
    }
    show(current);
    document.addEventListener("keydown", function (ev) {
      const tag = (ev.target.tagName || "").toLowerCase();
      if (tag === "input" || tag === "textarea" || tag === "select" || ev.ctrlKey || ev.metaKey || ev.altKey) return;
      if (ev.key === "j") { ev.preventDefault(); show(current + 1); return; }
      if (ev.key === "k") { ev.preventDefault(); show(current - 1); return; }
      if (!items.length) return;
      const button = items[current].querySelector('[data-key="' + ev.key + '"]');
      if (button) { ev.preventDefault(); button.click(); }
    });
  }

  const article = document.getElementById("article-text");
  const form = document.getElementById("new-quotation");
  if (!article || !form) return;

  // Character offset of a DOM position inside the article (pieces carry data-start).
  function offsetOf(node, offset) {
    let el = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    while (el && el !== article && !el.hasAttribute("data-start")) el = el.parentElement;
    if (!el || el === article) return null;
    return parseInt(el.getAttribute("data-start"), 10) + (node.nodeType === Node.TEXT_NODE ? offset : 0);
  }

  function useSelection() {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return false;
    const range = sel.getRangeAt(0);
    if (!article.contains(range.startContainer) || !article.contains(range.endContainer)) return false;
    const start = offsetOf(range.startContainer, range.startOffset);
    const end = offsetOf(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) return false;
    const text = sel.toString();
    form.querySelector("[name=span_start]").value = start;
    form.querySelector("[name=span_end]").value = end;
    form.querySelector("[name=selected]").value = text;
    document.getElementById("selection-preview").textContent = "“" + text + "”";
    return true;
  }

  document.addEventListener("keydown", function (ev) {
    const tag = (ev.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select" || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (ev.key === "n" && useSelection()) {
      ev.preventDefault();
      form.querySelector("[name=speaker]").focus();
    }
  });
})();
