// Tooltips for the charts the server draws as SVG. Every chart is complete without this script: each point
// carries its figure in an SVG <title> (the browser's own tooltip), and a table beside it holds the same
// figures. The script only shows that text at once, styled, under the pointer or finger, and for the
// keyboard: a point that gets focus shows it too.
(function () {
  "use strict";
  const points = ".chart-svg .chart-point, .chart-svg .chart-event";
  const tip = document.createElement("div");
  tip.className = "chart-tip";
  tip.hidden = true;
  document.body.appendChild(tip);

  // The native tooltip would show a second copy after a delay: move the text to a data attribute on first use.
  function textOf(target) {
    const title = target.querySelector(":scope > title");
    if (title) {
      target.dataset.tip = title.textContent;
      title.remove();
    }
    return target.dataset.tip;
  }

  function show(target, x, y) {
    const text = textOf(target);
    if (!text) {
      return;
    }
    tip.textContent = text;
    tip.hidden = false;
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    const left = Math.max(4, Math.min(x - width / 2, document.documentElement.clientWidth - width - 4));
    tip.style.left = window.scrollX + left + "px";
    tip.style.top = window.scrollY + Math.max(4, y - height - 12) + "px";
  }

  function hide() {
    tip.hidden = true;
  }

  document.addEventListener("pointerover", (event) => {
    const target = event.target.closest(points);
    if (target) {
      show(target, event.clientX, event.clientY);
    }
  });
  document.addEventListener("pointerout", (event) => {
    if (event.target.closest(points)) {
      hide();
    }
  });
  document.addEventListener("focusin", (event) => {
    const target = event.target.closest && event.target.closest(points);
    if (target) {
      const box = target.getBoundingClientRect();
      show(target, box.left + box.width / 2, box.top);
    }
  });
  // The tip sits in page coordinates, so it stays with its point when the page scrolls.
  document.addEventListener("focusout", hide);
})();
