using System.Net;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.FunctionalTests.Support;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComunidadPyme.FunctionalTests.Features.Progress;

/// <summary>A report becomes public the moment a reviewer accepts it, and not before.</summary>
public sealed class ProgressPublicationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ShowsASubmittedReportOnlyOnceItIsAccepted()
    {
        var client = portal.CreateClient();
        var (reportId, iso2, column) = await WithDbAsync(async db =>
        {
            var accepted = await db.ProgressReports.Where(r => r.State == WorkflowState.Accepted)
                .Select(r => new { r.CountryId, r.PrincipleId }).ToListAsync();
            var submitted = (await db.ProgressReports.Include(r => r.Principle).Where(r => r.State == WorkflowState.Submitted).ToListAsync())
                .First(r => !accepted.Any(a => a.CountryId == r.CountryId && a.PrincipleId == r.PrincipleId));
            var code = await db.Countries.Where(c => c.Id == submitted.CountryId).Select(c => c.Iso2).SingleAsync();
            var segment = submitted.Principle!.Kind == PrincipleKind.Principle ? $"{submitted.Principle.Number}" : $"areas/{submitted.Principle.Number}";
            return (submitted.Id, code, segment);
        });
        var address = $"/en/progress/{iso2.ToLowerInvariant()}/{column}";
        var cell = $"tr[data-iso2='{iso2}'] td.progress-cell[data-column='{column}']";
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(address)).StatusCode);
        Assert.Null((await HtmlDocument.ParseAsync(await client.GetAsync("/en/progress"))).QuerySelector(cell));

        await WithDbAsync(async db =>
        {
            var report = await db.ProgressReports.SingleAsync(r => r.Id == reportId);
            report.Accept("reviewer@example.org", DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(address)).StatusCode);
        Assert.NotNull((await HtmlDocument.ParseAsync(await client.GetAsync("/en/progress"))).QuerySelector(cell));
    }

    private async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        using var scope = portal.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
