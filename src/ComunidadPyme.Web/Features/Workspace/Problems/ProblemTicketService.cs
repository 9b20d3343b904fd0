using System.Text.Encodings.Web;
using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Feedback;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Features.Accounts.Emails;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Problems;

/// <summary>A ticket as the workspace lists it.</summary>
public sealed record ProblemTicket(
    int Id, ProblemSubject Subject, int? RecordId, string? IndicatorCode, string RecordLabel, string Message, bool HasReplyAddress,
    string Language, ProblemReportState State, string? Answer, DateTime CreatedAtUtc, DateTime? AnsweredAtUtc, string? AnsweredBy,
    DateTime? ResolvedAtUtc, Guid Version);

public enum TicketOutcome
{
    Done,
    NotFound,
    Conflict,
}

/// <summary>
/// The country's "report a problem" tickets: listed open first, answered (the reporter gets the answer by e-mail in
/// the language they wrote in, if they left an address), resolved and reopened. Every change checks the version the
/// focal point saw, so two people answering at once cannot overwrite each other.
/// </summary>
public sealed class ProblemTicketService(
    AppDbContext db,
    ICurrentUser user,
    IEmailSender email,
    TimeProvider clock,
    IStringLocalizer<WorkspaceProblemsResource> text,
    ILogger<ProblemTicketService> logger)
{
    public async Task<IReadOnlyList<ProblemTicket>> ListAsync(int countryId, CancellationToken cancellationToken)
    {
        var rows = await db.ProblemReports.AsNoTracking().Where(r => r.CountryId == countryId)
            .Select(r => new ProblemTicket(r.Id, r.Subject, r.RecordId, r.IndicatorCode, r.RecordLabel, r.Message, r.ReporterEmail != null,
                r.Language, r.State, r.Answer, r.CreatedAtUtc, r.AnsweredAtUtc, r.AnsweredBy, r.ResolvedAtUtc, r.Version))
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.State == ProblemReportState.Resolved).ThenByDescending(r => r.CreatedAtUtc).ToList();
    }

    /// <summary>Open tickets per country, for OAS staff.</summary>
    public async Task<IReadOnlyDictionary<int, int>> OpenCountsAsync(CancellationToken cancellationToken) =>
        await db.ProblemReports.AsNoTracking().Where(r => r.State == ProblemReportState.Open)
            .GroupBy(r => r.CountryId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    public async Task<TicketOutcome> AnswerAsync(
        int countryId, int id, Guid version, string answer, bool resolve, string profileUrl, CancellationToken cancellationToken)
    {
        var report = await FindAsync(countryId, id, cancellationToken);
        if (report is null)
        {
            return TicketOutcome.NotFound;
        }

        if (report.Version != version)
        {
            return TicketOutcome.Conflict;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        report.AnswerWith(answer, user.UserName, now);
        if (resolve)
        {
            report.Resolve(user.UserName, now);
        }

        if (!await SaveAsync(cancellationToken))
        {
            return TicketOutcome.Conflict;
        }

        if (report.ReporterEmail is { } address)
        {
            await SendAnswerAsync(report, address, profileUrl);
        }

        return TicketOutcome.Done;
    }

    public async Task<TicketOutcome> SetResolvedAsync(int countryId, int id, Guid version, bool resolved, CancellationToken cancellationToken)
    {
        var report = await FindAsync(countryId, id, cancellationToken);
        if (report is null)
        {
            return TicketOutcome.NotFound;
        }

        if (report.Version != version)
        {
            return TicketOutcome.Conflict;
        }

        if (resolved)
        {
            report.Resolve(user.UserName, clock.GetUtcNow().UtcDateTime);
        }
        else
        {
            report.Reopen();
        }

        return await SaveAsync(cancellationToken) ? TicketOutcome.Done : TicketOutcome.Conflict;
    }

    // Only the country's own tickets: an id of another country's ticket is "not found", never edited.
    private Task<ProblemReport?> FindAsync(int countryId, int id, CancellationToken cancellationToken) =>
        db.ProblemReports.SingleOrDefaultAsync(r => r.Id == id && r.CountryId == countryId, cancellationToken);

    private async Task<bool> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    private async Task SendAnswerAsync(ProblemReport report, string address, string link)
    {
        try
        {
            using var culture = new CultureScope(Languages.IsSupported(report.Language) ? report.Language : Languages.English);
            var html = HtmlEncoder.Default;
            var body = $"""
                <p>{html.Encode(text["Thank you for your report about “{0}”.", report.RecordLabel])}</p>
                <p>{html.Encode(text["You wrote:"])}</p>
                <blockquote>{html.Encode(report.Message)}</blockquote>
                <p>{html.Encode(text["The answer of the country's focal point:"])}</p>
                <blockquote>{html.Encode(report.Answer ?? string.Empty)}</blockquote>
                <p><a href="{html.Encode(link)}">{html.Encode(link)}</a></p>
                <p>{html.Encode(text["Your address was used only to send you this answer."])}</p>
                """;
            await email.SendEmailAsync(address, text["Answer to your report on Comunidad PYME"], body);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "The answer to problem report {ReportId} could not be sent", report.Id);
        }
    }
}
