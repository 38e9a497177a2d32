// Small progressive enhancements: every page works without this script.
(function () {
  "use strict";
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
