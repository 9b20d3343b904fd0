using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.FunctionalTests.Support;

namespace ComunidadPyme.FunctionalTests.Hostile;

/// <summary>
/// Posts the corpus into every form once for the whole class, checks what the database kept, then stops the
/// portal and starts another on the same data directory; the tests read what it found. One portal and one
/// loop with the failures gathered keep the run to a couple of minutes and show every defect at once.
/// </summary>
public sealed class HostileFormRun : IAsyncLifetime
{
    private const string NoVersion = "00000000-0000-0000-0000-000000000000";
    private static readonly string[] s_publicPages = ["/health/ready", "/en/laws", "/en/countries/br"];

    private readonly string _dataDirectory = PortalFactory.NewDataDirectory();
    private int _unique;

    public List<string> PostFailures { get; } = [];
    public List<string> StoredProblems { get; } = [];
    public List<string> RestartFailures { get; } = [];
    public List<string> FormsTried { get; } = [];
    public TimeSpan Duration { get; private set; }

    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        var portal = new RestartedPortal(_dataDirectory);
        try
        {
            await ArrangeOpenCyclesAsync(portal);

            // Every page is opened before the first post, so an edit form starts from a sample record as it was,
            // not from one that an earlier form's posts created.
            var clients = new Dictionary<WorkspaceUser, HttpClient>();
            var opened = new List<(HostileFormPage Page, HttpClient Client, PortalForm Form)>();
            foreach (var page in HostileFormPages.All)
            {
                if (!clients.TryGetValue(page.User, out var client))
                {
                    clients[page.User] = client = await WorkspaceSignIn.ClientAsync(portal, page.User);
                }

                var forms = await OpenAsync(client, page);
                if (forms.Count == 0 && page.Url != HostileFormPages.Dashboard)
                {
                    PostFailures.Add($"{page.Url}: no form with a text field was found");
                }

                opened.AddRange(forms.Select(form => (page, client, form)));
            }

            foreach (var (page, client, form) in opened)
            {
                FormsTried.Add(await new FormAttempts(this, portal, client, page, form).RunAsync());
            }

            // What the posts' own checks did not already name (say, a record written by a save the form did not expect).
            var named = StoredProblems.ToList();
            StoredProblems.AddRange((await StoredText.ProblemsAsync(portal.Services)).Where(p => !named.Any(n => n.EndsWith(": " + p, StringComparison.Ordinal))));
        }
        finally
        {
            // Stopped before the restart: both would otherwise hold the legal library's index.
            await portal.DisposeAsync();
        }

        await RestartAsync();
        Duration = clock.Elapsed;
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean with the temp folder.
        }

        return Task.CompletedTask;
    }

    internal int NextUnique() => ++_unique;

    /// <summary>Each saved new report takes a principle in an open cycle; these cycles leave enough free for every post.</summary>
    private static async Task ArrangeOpenCyclesAsync(PortalFactory portal)
    {
        for (var i = 1; i <= 10; i++)
        {
            await portal.AddAsync(new ReportingCycle
            {
                Name = LocalizedText.Of($"Open cycle for hostile reports {i}"),
                OpensOn = new DateOnly(2026, 1, 1),
                SubmissionDeadline = new DateOnly(2030, 12, 31),
                Status = ReportingCycleStatus.Open,
            });
        }
    }

    /// <summary>The page's forms; for a list, those of the first record whose edit page has one.</summary>
    private async Task<List<PortalForm>> OpenAsync(HttpClient client, HostileFormPage page)
    {
        using var response = await client.GetAsync(page.Url);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            PostFailures.Add($"GET {page.Url} answered {(int)response.StatusCode}");
            return [];
        }

        var document = await HtmlDocument.ParseAsync(response);
        if (!page.IsList)
        {
            return [.. PortalForm.On(document, page.Url).Where(f => page.Posts is null || f.Action.EndsWith(page.Posts, StringComparison.Ordinal))];
        }

        var editLink = new Regex($"^{Regex.Escape(page.Url)}/[0-9]+/edit$");
        foreach (var href in document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Where(href => editLink.IsMatch(href)).Distinct())
        {
            var forms = (await FormsOnAsync(client, href)).Where(f => page.Posts is null || f.Action.EndsWith(page.Posts, StringComparison.Ordinal)).ToList();
            if (forms.Count > 0)
            {
                return forms;
            }
        }

        return [];
    }

    internal static async Task<List<PortalForm>> FormsOnAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return response.StatusCode == HttpStatusCode.OK ? [.. PortalForm.On(await HtmlDocument.ParseAsync(response), url)] : [];
    }

    private async Task RestartAsync()
    {
        using var restarted = new RestartedPortal(_dataDirectory);
        HttpClient client;
        try
        {
            client = restarted.CreatePortalClient();
        }
        catch (Exception ex)
        {
            // Program.cs logs why ("Comunidad PYME could not start") and ends; the factory only sees a disposed host.
            var cause = ex.GetBaseException();
            RestartFailures.Add($"the portal did not start on the database the forms left ({cause.GetType().Name}: {cause.Message}); its log above says why");
            return;
        }

        foreach (var url in s_publicPages)
        {
            using var response = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                RestartFailures.Add($"after the restart GET {url} answered {(int)response.StatusCode}");
            }
        }
    }

    internal static bool ShowsAMessage(IDocument page) =>
        page.QuerySelectorAll(".field-error, .invalid-feedback, [data-error-for], .validation-summary-errors li, [data-valmsg-for]")
            .Any(e => e.TextContent.Trim().Length > 0);

    internal static bool HasVersion(PortalForm form) =>
        form.Fields.Any(f => f.Key.EndsWith("Version", StringComparison.Ordinal) && f.Value is { Length: > 0 } and not NoVersion);
}
