using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Hostile;

/// <summary>
/// Posts one form: first as filled validly (it must save, or the other posts prove nothing), then once per text
/// field and corpus entry with only that field changed. Records what a person would notice: a server error, a
/// refusal without the form and its message, a refusal that still wrote something, a record left half-written.
/// </summary>
internal sealed partial class FormAttempts(HostileFormRun run, PortalFactory portal, HttpClient client, HostileFormPage page, PortalForm form)
{
    private readonly Dictionary<string, string> _versions = [];
    private int _saved;
    private int _refused;
    private int _failed;

    /// <summary>Posts the form and says how it went, for the test output.</summary>
    public async Task<string> RunAsync()
    {
        var clock = Stopwatch.StartNew();
        var valid = await PostAsync([]);
        if (valid.Status is not (HttpStatusCode.Redirect or HttpStatusCode.SeeOther))
        {
            run.PostFailures.Add($"{form.Name}: the validly filled form was not saved ({(int)valid.Status}) {valid.Message}; its fields were not tried");
            return $"{form.Name}: not tried";
        }

        foreach (var field in form.TextFields)
        {
            foreach (var input in field == page.FullCorpus ? HostileInput.All : HostileInput.Sampled)
            {
                await TryAsync(field, input);
            }
        }

        // Saved records are shown where the save leads (the list of the section): it must still open.
        using var next = await client.GetAsync(valid.Location);
        if (next.StatusCode >= HttpStatusCode.InternalServerError)
        {
            run.PostFailures.Add($"{form.Name}: after its posts, {valid.Location} (where a save leads) answered {(int)next.StatusCode}");
        }

        return $"{form.Name}: {_saved + _refused + _failed} posts in {clock.Elapsed.TotalSeconds:N1} s, {_saved} saved, {_refused} refused, {_failed} failed; fields {string.Join(", ", form.TextFields)}";
    }

    private async Task TryAsync(string field, HostileInput input)
    {
        var what = $"{form.Name} | {field} | {input}";
        var before = await WrittenAsync();
        var outcome = await PostAsync([KeyValuePair.Create(field, input.Value)]);
        var wrote = await WrittenAsync() != before;
        if (wrote && outcome.Status is not (HttpStatusCode.Redirect or HttpStatusCode.SeeOther))
        {
            // Committed despite the answer: the next post must carry the new version, or it would only meet a conflict.
            await RefreshVersionsAsync();
        }

        if (wrote && page.Stores is { } stored)
        {
            // The next post overwrites an edited record, so what this one wrote is read now.
            var id = EditedId().Match(form.PageUrl) is { Success: true } edit ? int.Parse(edit.Groups[1].Value, CultureInfo.InvariantCulture)
                : stored == typeof(Core.Countries.Country) ? await portal.CountryIdAsync("BR")
                : (int?)null;
            run.StoredProblems.AddRange((await StoredText.ProblemsAsync(portal.Services, stored, id)).Select(problem => $"{what}: {problem}"));
        }

        switch (outcome.Status)
        {
            case >= HttpStatusCode.InternalServerError:
                _failed++;
                run.PostFailures.Add($"{what}: {(int)outcome.Status}{(wrote ? ", yet the save was committed" : ", nothing written")}");
                break;
            case HttpStatusCode.Redirect or HttpStatusCode.SeeOther:
                _saved++;
                break;
            case HttpStatusCode.OK when outcome.ShowsForm:
                _refused++;
                if (wrote)
                {
                    run.PostFailures.Add($"{what}: the form was shown again, yet something was written");
                }

                break;
            case HttpStatusCode.BadRequest when outcome.ShowsForm && !wrote && input.Value.Contains('\0', StringComparison.Ordinal):
                _refused++;
                break;
            default:
                _failed++;
                run.PostFailures.Add($"{what}: {(int)outcome.Status}, neither a redirect (saved) nor the form again with a message (refused){(wrote ? "; something was written" : string.Empty)}");
                break;
        }
    }

    private async Task<Outcome> PostAsync(IEnumerable<KeyValuePair<string, string>> changes)
    {
        var valid = page.Valid?.Invoke(run.NextUnique()) ?? [];
        var fields = form.With(valid.Concat(_versions).Concat(await FreeReportSlotAsync()).Concat(changes));
        HttpResponseMessage response;
        try
        {
            response = await client.PostAsync(form.Action, form.Content(fields));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The in-memory server hands an exception thrown after the response started to the client.
            return new Outcome(HttpStatusCode.InternalServerError, false, $"{ex.GetType().Name}: {ex.Message}", null);
        }

        using (response)
        {
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther)
            {
                await RefreshVersionsAsync();
                return new Outcome(response.StatusCode, false, string.Empty, response.Headers.Location);
            }

            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                // ASP.NET Core's form reader refuses %00 in a URL-encoded form before any code of ours runs;
                // what we owe then is a readable error page, not the form.
                var refusal = await HtmlDocument.ParseAsync(response);
                return new Outcome(response.StatusCode, !string.IsNullOrWhiteSpace(refusal.QuerySelector("main")?.TextContent), string.Empty, null);
            }

            if (response.StatusCode != HttpStatusCode.OK)
            {
                return new Outcome(response.StatusCode, false, string.Empty, null);
            }

            var document = await HtmlDocument.ParseAsync(response);
            var again = PortalForm.On(document, form.PageUrl).Any(f => f.Action == form.Action);
            var messages = string.Join("; ", document.QuerySelectorAll(".field-error, .invalid-feedback, [data-error-for]")
                .Select(e => e.TextContent.Trim()).Where(m => m.Length > 0).Distinct());
            return new Outcome(response.StatusCode, again && HostileFormRun.ShowsAMessage(document), messages, null);
        }
    }

    /// <summary>An edit form posts the version it loaded; after a save the next post needs the new one.</summary>
    private async Task RefreshVersionsAsync()
    {
        if (!HostileFormRun.HasVersion(form))
        {
            return;
        }

        var reloaded = (await HostileFormRun.FormsOnAsync(client, form.PageUrl)).FirstOrDefault(f => f.Action == form.Action);
        foreach (var (name, value) in reloaded?.Fields.Where(f => f.Key.EndsWith("Version", StringComparison.Ordinal)) ?? [])
        {
            _versions[name] = value;
        }
    }

    /// <summary>A new progress report needs a principle on which Brazil has no report yet in an open cycle.</summary>
    private async Task<Dictionary<string, string>> FreeReportSlotAsync()
    {
        if (!form.Fields.Any(f => f.Key == "Form.ReportingCycleId"))
        {
            return [];
        }

        var brazil = await portal.CountryIdAsync("BR");
        var (principle, cycle) = await portal.QueryAsync(async db =>
        {
            var taken = await db.ProgressReports.Where(r => r.CountryId == brazil).Select(r => new { r.PrincipleId, r.ReportingCycleId }).ToListAsync();
            var cycles = await db.ReportingCycles.Where(c => c.Status == Core.Principles.ReportingCycleStatus.Open).Select(c => c.Id).ToListAsync();
            var principles = await db.Principles.Select(p => p.Id).ToListAsync();
            return cycles.SelectMany(c => principles.Select(p => (p, c)))
                .First(slot => !taken.Any(t => t.PrincipleId == slot.p && t.ReportingCycleId == slot.c));
        });
        return new()
        {
            ["Form.PrincipleId"] = principle.ToString(CultureInfo.InvariantCulture),
            ["Form.ReportingCycleId"] = cycle.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Grows with every committed save: audited records, accounts and membership steps.</summary>
    private Task<int> WrittenAsync() => portal.QueryAsync(async db =>
        await db.AuditEntries.CountAsync() + await db.Users.CountAsync() + await db.MembershipPeriods.CountAsync());

    [GeneratedRegex("/([0-9]+)/edit$")]
    private static partial Regex EditedId();

    private sealed record Outcome(HttpStatusCode Status, bool ShowsForm, string Message, Uri? Location);
}
