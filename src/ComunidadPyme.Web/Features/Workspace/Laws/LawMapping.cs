using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Core.Legal;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.Web.Features.Workspace.Common;

namespace ComunidadPyme.Web.Features.Workspace.Laws;

/// <summary>Between a legal instrument and its form; relations are matched by kind and target so the history shows real changes.</summary>
internal static class LawMapping
{
    public static LawForm ToForm(LegalInstrument law) => new()
    {
        Version = law.Version,
        Type = law.Type,
        OfficialNumber = law.OfficialNumber,
        Title = TranslatableTextForm.From(law.Title, law.Title.Language),
        Summary = TranslatableTextForm.From(law.Summary, law.Title.Language),
        Topics = EnumText.Flags(law.Topics),
        IssuingBody = law.IssuingBody,
        EnactedOn = law.EnactedOn,
        PublishedOn = law.PublishedOn,
        Status = law.Status,
        OfficialUrl = law.OfficialUrl,
        Relations =
        [
            .. law.Outgoing.OrderBy(r => r.Kind).ThenBy(r => r.TargetId).Select(r => new RelationRow { Kind = r.Kind, TargetId = r.TargetId }),
            .. Enumerable.Range(0, LawForm.BlankRelations).Select(_ => new RelationRow()),
        ],
        PrincipleIds = [.. law.Principles.Select(p => p.Id).Order()],
    };

    public static void Apply(LawForm form, LegalInstrument law, IReadOnlyList<Principle> chosenPrinciples)
    {
        law.Type = form.Type!.Value;
        law.OfficialNumber = Blank(form.OfficialNumber);
        law.Title = form.Title.ToValue(rich: false)!;
        law.Summary = form.Summary.ToValue(rich: true);
        law.Topics = EnumText.Combine(form.Topics);
        law.IssuingBody = Blank(form.IssuingBody);
        law.EnactedOn = form.EnactedOn;
        law.PublishedOn = form.PublishedOn;
        law.Status = form.Status!.Value;
        law.OfficialUrl = Blank(form.OfficialUrl);

        var rows = form.FilledRelations.ToList();
        law.Outgoing.RemoveAll(r => !rows.Any(row => row.Kind == r.Kind && row.TargetId == r.TargetId));
        foreach (var row in rows.Where(row => !law.Outgoing.Any(r => r.Kind == row.Kind && r.TargetId == row.TargetId)))
        {
            law.Outgoing.Add(new LegalRelation { Kind = row.Kind!.Value, TargetId = row.TargetId!.Value });
        }

        law.Principles.RemoveAll(p => !chosenPrinciples.Any(c => c.Id == p.Id));
        law.Principles.AddRange(chosenPrinciples.Where(c => !law.Principles.Any(p => p.Id == c.Id)));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
