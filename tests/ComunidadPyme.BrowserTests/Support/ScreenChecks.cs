using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ComunidadPyme.BrowserTests.Support;

/// <summary>What a visitor would notice on one screen: a page wider than the screen, and WCAG 2.1 AA violations.</summary>
public static class ScreenChecks
{
    private static readonly string[] s_wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <returns>Null when the page fits the screen; else how much wider it is and the elements that stick out.</returns>
    public static async Task<string?> OverflowAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        if (overflow <= 1)
        {
            return null;
        }

        var culprits = await page.EvaluateAsync<string>("""
            () => [...document.querySelectorAll('body *')]
                .filter(e => !e.closest('.table-responsive') && e.getBoundingClientRect().right > window.innerWidth + 1
                    && ![...e.children].some(c => c.getBoundingClientRect().right > window.innerWidth + 1))
                .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).replace(/ /g, '.') : '')).join(', ')
            """);
        return $"{overflow} px wider than the screen ({culprits})";
    }

    /// <returns>Null when axe-core finds no WCAG 2.1 A/AA violation; else each violation with up to three elements.</returns>
    public static async Task<string?> AccessibilityViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. s_wcagTags] },
        });
        return result.Violations.Length == 0
            ? null
            : string.Join("; ", result.Violations.Select(v =>
                $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}"));
    }

    /// <summary>Opens each path and collects, per page, what does not fit or is not accessible.</summary>
    public static async Task<IReadOnlyList<string>> SweepAsync(IPage page, string baseAddress, IEnumerable<string> paths)
    {
        var problems = new List<string>();
        foreach (var path in paths)
        {
            var response = await page.GotoAsync(baseAddress + path);
            if (response is { Status: >= 500 })
            {
                problems.Add($"{path}: status {response.Status}");
                continue;
            }

            if (await OverflowAsync(page) is { } overflow)
            {
                problems.Add($"{path}: {overflow}");
            }

            if (await AccessibilityViolationsAsync(page) is { } violations)
            {
                problems.Add($"{path}: {violations}");
            }
        }

        return problems;
    }
}
