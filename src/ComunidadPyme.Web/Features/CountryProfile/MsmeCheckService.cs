using System.Globalization;
using ComunidadPyme.Core.Definitions;

namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>Answers "is my business an MSME here?" by applying each of the country's definitions in force.</summary>
public sealed class MsmeCheckService(CountryProfileService profiles)
{
    /// <param name="input">What the visitor typed.</param>
    /// <param name="isValid">Whether <paramref name="input"/> passed validation; invalid input is shown back, not applied.</param>
    /// <returns>Null when the country is unknown.</returns>
    public async Task<MsmeCheckViewModel?> CheckAsync(
        string iso2, MsmeCheckInput input, bool isValid, CancellationToken cancellationToken)
    {
        if (await profiles.FindCountryAsync(iso2, cancellationToken) is not { } country)
        {
            return null;
        }

        var today = profiles.Today;
        var definitions = await profiles.DefinitionsAsync(country.Id, cancellationToken);
        var inForce = definitions.Where(d => d.IsValidOn(today)).ToList();
        var checks = isValid && !input.IsEmpty
            ? inForce.Select(d => Apply(d, input.ToFacts(CultureInfo.CurrentCulture), today)).ToList()
            : [];
        var programmes = checks.Any(c => c.Result?.SizeClass is not null)
            ? (await profiles.ProgrammesAsync(country.Id, cancellationToken)).Where(p => p.IsActiveOn(today)).ToList()
            : [];

        var authority = definitions.Count == 0 ? await profiles.AuthorityAsync(country.Id, cancellationToken) : null;

        return new MsmeCheckViewModel(country, today, MsmeCheckForm.For(country.Slug, definitions, today, input),
            definitions.Count > 0, checks, definitions.Where(d => !d.IsValidOn(today)).ToList(), programmes, authority);
    }

    private static DefinitionCheck Apply(MsmeDefinition definition, EnterpriseFacts facts, DateOnly today)
    {
        try
        {
            return new DefinitionCheck(definition, facts, EnterpriseClassifier.Classify(definition, facts, today));
        }
        catch (InvalidOperationException)
        {
            // A definition recorded without usable bounds is a data problem for its authority, not the visitor's.
            return new DefinitionCheck(definition, facts, Result: null);
        }
    }
}
