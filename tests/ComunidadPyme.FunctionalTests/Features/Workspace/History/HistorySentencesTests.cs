using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.History;

/// <summary>A history reads as sentences in the reader's language and names its record.</summary>
public sealed class HistorySentencesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string OldPhone = "+55 61 2027-7000";
    private const string NewPhone = "+55 61 2027-7001";

    [Fact]
    public async Task APhoneChangeReadsAsASentenceInSpanishAndEnglish()
    {
        var focalPoint = await PhoneChangedTwiceAsync("Ana Souza");
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var spanish = await HtmlDocument.ParseAsync(await client.GetAsync($"/es/workspace/history/FocalPoint/{focalPoint.Id}"));
        var english = await HtmlDocument.ParseAsync(await client.GetAsync($"/en/workspace/history/FocalPoint/{focalPoint.Id}"));

        Assert.Equal($"Teléfono cambió de “{OldPhone}” a “{NewPhone}”.", PhoneSentences(spanish)[0]);
        Assert.Equal($"Teléfono pasó a ser “{OldPhone}”.", PhoneSentences(spanish)[1]);
        Assert.Equal($"Telephone changed from “{OldPhone}” to “{NewPhone}”.", PhoneSentences(english)[0]);
        Assert.Equal($"Telephone set to “{OldPhone}”.", PhoneSentences(english)[1]);
        Assert.StartsWith("Changed by focal.br@example.org on ", Text(english.QuerySelector(".history-entry .history-heading")));
        Assert.StartsWith("Modificado por focal.br@example.org el ", Text(spanish.QuerySelector(".history-entry .history-heading")));
        Assert.Equal("History of “Ana Souza”", Text(english.QuerySelector("h1")));
        Assert.DoesNotContain($"#{focalPoint.Id}", english.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain($"#{focalPoint.Id}", spanish.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("FullName", english.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClearingAFieldSaysWhatItWas()
    {
        var focalPoint = await PhoneChangedTwiceAsync("Bruno Lima");
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        var form = WorkspaceForms.FocalPoint("Bruno Lima", await portal.VersionAsync<FocalPoint>(focalPoint.Id));
        form["Form.Phone"] = string.Empty;
        await client.PostFormAsync($"/en/workspace/br/focal-points/{focalPoint.Id}/edit", form);

        var page = await HtmlDocument.ParseAsync(await client.GetAsync($"/en/workspace/history/FocalPoint/{focalPoint.Id}"));

        Assert.Equal($"Telephone cleared (was “{NewPhone}”).", PhoneSentences(page)[0]);
    }

    [Fact]
    public async Task ADeletedObservationIsNamedAfterItsLastState()
    {
        var (observationId, year, name) = await portal.QueryAsync(async db =>
        {
            var brazil = await db.Countries.Where(c => c.Iso2 == "BR").Select(c => c.Id).SingleAsync();
            var observation = await db.Observations.Include(o => o.Indicator)
                .Where(o => o.CountryId == brazil && o.Indicator!.Code == "MSME_DENSITY" && o.Period.Length == 4)
                .OrderBy(o => o.Year)
                .FirstAsync();
            db.Observations.Remove(observation);
            await db.SaveChangesAsync();
            return (observation.Id, observation.Year, observation.Indicator!.Name.En);
        });
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var page = await HtmlDocument.ParseAsync(await client.GetAsync($"/en/workspace/history/Observation/{observationId}"));

        Assert.Equal($"History of “{name}, {year} — Brazil”", Text(page.QuerySelector("h1")));
        Assert.Equal("Deleted", page.QuerySelector(".history-entry")!.GetAttribute("data-action"));
        Assert.Contains(page.QuerySelectorAll(".history-entry[data-action='Deleted'] .history-sentence"),
            s => Text(s) == $"Period was “{year.ToString(CultureInfo.InvariantCulture)}”.");
    }

    /// <summary>A Brazilian focal point whose telephone the country's focal point set, then changed.</summary>
    private async Task<FocalPoint> PhoneChangedTwiceAsync(string name)
    {
        var focalPoint = await portal.AddFocalPointAsync("BR");
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        foreach (var phone in new[] { OldPhone, NewPhone })
        {
            var form = WorkspaceForms.FocalPoint(name, await portal.VersionAsync<FocalPoint>(focalPoint.Id));
            form["Form.Phone"] = phone;
            var response = await client.PostFormAsync($"/en/workspace/br/focal-points/{focalPoint.Id}/edit", form);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        return focalPoint;
    }

    /// <summary>The telephone's sentences, newest entry first.</summary>
    private static List<string> PhoneSentences(IDocument page) =>
        [.. page.QuerySelectorAll(".history-change[data-field='Phone'] .history-sentence").Select(Text)];

    private static string Text(IElement? element) => string.Join(' ', (element?.TextContent ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
