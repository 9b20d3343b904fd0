// Draws Chart.js charts from data the server embeds in the page. Every chart is paired, in the markup,
// with a table holding the same figures, so nothing depends on this script. Each is drawn once it comes
// into view.
//
//   <canvas data-chart="line" data-chart-source="series-id" aria-label="..." role="img"></canvas>
//   <script type="application/json" id="series-id">
//     {"labels": ["2020", "2021"], "unit": "%", "decimals": 1,
//      "datasets": [{"label": "Brazil", "data": [1.5, null]}]}
//   </script>
//
// Honest by default: straight lines between observed points (no smoothing), a gap where a year is missing,
// the value axis from zero and titled with the unit, and only the series that have data in the legend.
// Colours are the Okabe-Ito set, safe for colour-blind readers, and each series also has its own line
// style and point shape, so series stay apart in grey print too.
(function () {
  "use strict";
  const palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#8C6D00"];
  const dashes = [[], [6, 3], [2, 3], [8, 3, 2, 3], [12, 4], [4, 2, 1, 2], [1, 2], [10, 2, 2, 2]];
  const shapes = ["circle", "triangle", "rect", "rectRot", "star", "crossRot", "rectRounded", "cross"];
  const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function draw(canvas) {
    const source = document.getElementById(canvas.dataset.chartSource);
    if (!source || typeof Chart === "undefined") {
      return;
    }
    const spec = JSON.parse(source.textContent);
    const locale = document.documentElement.lang || "en";
    const format = new Intl.NumberFormat(locale, { maximumFractionDigits: spec.decimals ?? 2 });
    const type = canvas.dataset.chart === "bar" ? "bar" : "line";
    const withData = spec.datasets.filter((set) => set.data.some((value) => value !== null && value !== undefined));
    new Chart(canvas, {
      type: type,
      data: {
        labels: spec.labels,
        datasets: withData.map((set, i) => ({
          label: set.label,
          data: set.data,
          borderColor: palette[i % palette.length],
          backgroundColor: palette[i % palette.length] + (type === "bar" ? "cc" : "33"),
          borderDash: type === "line" ? dashes[i % dashes.length] : undefined,
          pointStyle: shapes[i % shapes.length],
          pointRadius: type === "line" ? 3 : undefined,
          spanGaps: false,
          tension: 0,
        })),
      },
      options: {
        animation: reduceMotion ? false : undefined,
        responsive: true,
        maintainAspectRatio: false,
        plugins: {
          legend: { display: withData.length > 1, labels: { usePointStyle: true } },
          tooltip: {
            callbacks: {
              label: (item) => `${item.dataset.label}: ${format.format(item.parsed.y)}${spec.unit ? " " + spec.unit : ""}`,
            },
          },
        },
        scales: {
          y: {
            beginAtZero: true,
            title: { display: Boolean(spec.unit), text: spec.unit },
            ticks: { callback: (value) => format.format(value) },
          },
        },
      },
    });
  }

  // A chart is drawn when it first comes into view: a profile's charts sit in closed sections, and drawing
  // dozens of them on load would keep a phone busy for seconds for charts nobody has opened.
  const canvases = document.querySelectorAll("canvas[data-chart]");
  if (!("IntersectionObserver" in window)) {
    canvases.forEach(draw);
    return;
  }
  const observer = new IntersectionObserver((entries) => {
    entries.filter((entry) => entry.isIntersecting).forEach((entry) => {
      observer.unobserve(entry.target);
      draw(entry.target);
    });
  }, { rootMargin: "200px" });
  canvases.forEach((canvas) => observer.observe(canvas));
})();
