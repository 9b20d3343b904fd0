using ComunidadPyme.Core.Common;

namespace ComunidadPyme.Core.Feedback;

/// <summary>What a "report a problem" ticket is about.</summary>
public enum ProblemSubject
{
    Figure = 1,
    Law = 2,
    Programme = 3,
}

public enum ProblemReportState
{
    Open = 1,
    Answered = 2,
    Resolved = 3,
}

/// <summary>
/// A visitor's report that a figure, law or programme of a country is wrong: a ticket in that country's workspace,
/// answered and resolved by its focal points. The reporter needs no account; their address, if they leave one, is
/// used only to send them the answer.
/// </summary>
public class ProblemReport : ICountryScoped, IVersioned
{
    public const int MinMessageLength = 10;

    public int Id { get; set; }
    public int CountryId { get; set; }
    public ProblemSubject Subject { get; set; }

    /// <summary>The law's or programme's id; null for a figure, which is named by <see cref="IndicatorCode"/>.</summary>
    public int? RecordId { get; set; }
    public string? IndicatorCode { get; set; }

    /// <summary>What the record was called when the report was made, so the ticket reads well after it changes.</summary>
    public string RecordLabel { get; set; } = string.Empty;
    public string Message { get; set; } = string.Empty;
    public string? ReporterEmail { get; set; }

    /// <summary>The language the reporter wrote in, and in which the answer's e-mail is sent.</summary>
    public string Language { get; set; } = Languages.English;
    public ProblemReportState State { get; private set; } = ProblemReportState.Open;
    public string? Answer { get; private set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? AnsweredAtUtc { get; private set; }
    public string? AnsweredBy { get; private set; }
    public DateTime? ResolvedAtUtc { get; private set; }
    public string? ResolvedBy { get; private set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>Answers the reporter; a resolved ticket can still be answered again (the newest answer stands).</summary>
    public void AnswerWith(string answer, string by, DateTime atUtc)
    {
        Answer = answer;
        AnsweredAtUtc = atUtc;
        AnsweredBy = by;
        if (State == ProblemReportState.Open)
        {
            State = ProblemReportState.Answered;
        }
    }

    public void Resolve(string by, DateTime atUtc)
    {
        State = ProblemReportState.Resolved;
        ResolvedAtUtc = atUtc;
        ResolvedBy = by;
    }

    public void Reopen()
    {
        State = Answer is null ? ProblemReportState.Open : ProblemReportState.Answered;
        ResolvedAtUtc = null;
        ResolvedBy = null;
    }
}
