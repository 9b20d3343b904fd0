// Draws Chart.js charts from data the server embeds in the page. Every chart is paired, in the markup,
// with a table holding the same figures, so nothing depends on this script.
//
//   <canvas data-chart="line" data-chart-source="series-id" aria-label="..." role="img"></canvas>
//   <script type="application/json" id="series-id">
//     {"labels": ["2020", "2021"], "unit": "%", "decimals": 1,
//      "datasets": [{"label": "Brazil", "data": [1.5, null]}]}
//   </script>
(function () {
  "use strict";
  const palette = ["#0b4f8a", "#b35c00", "#2e7d32", "#6a1b9a", "#c62828", "#00838f", "#4e342e", "#37474f"];
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
    new Chart(canvas, {
      type: type,
      data: {
        labels: spec.labels,
        datasets: spec.datasets.map((set, i) => ({
          label: set.label,
          data: set.data,
          borderColor: palette[i % palette.length],
          backgroundColor: palette[i % palette.length] + (type === "bar" ? "cc" : "33"),
          spanGaps: true,
          tension: 0.2,
        })),
      },
      options: {
        animation: reduceMotion ? false : undefined,
        responsive: true,
        maintainAspectRatio: false,
        plugins: {
          legend: { display: spec.datasets.length > 1 },
          tooltip: {
            callbacks: {
              label: (item) => `${item.dataset.label}: ${format.format(item.parsed.y)}${spec.unit ? " " + spec.unit : ""}`,
            },
          },
        },
        scales: { y: { ticks: { callback: (value) => format.format(value) } } },
      },
    });
  }

  document.querySelectorAll("canvas[data-chart]").forEach(draw);
})();
