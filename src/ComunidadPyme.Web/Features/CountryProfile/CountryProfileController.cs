using ComunidadPyme.Web.Infrastructure.Caching;
using ComunidadPyme.Web.Infrastructure.Exports;
using ComunidadPyme.Web.Localization;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>The public profile of one member state, its data downloads and the "is my business an MSME here?" calculator.</summary>
[Route("{lang:lang}/countries/{iso2}")]
public sealed class CountryProfileController(
    CountryProfileService profiles,
    CountryDataExport exports,
    MsmeCheckService checks,
    IValidator<MsmeCheckInput> checkValidator) : Controller
{
    [HttpGet("")]
    [OutputCache(PolicyName = PublicCache.CountryPage)]
    public async Task<IActionResult> Show(
        string iso2, string? type, string? topic, string? status, string? lite, CancellationToken cancellationToken)
    {
        ViewData[LowBandwidth.Key] = LowBandwidth.IsAsked(lite);
        var profile = await profiles.GetProfileAsync(
            iso2, LegalFilter.Parse(type, topic, status), SupportedCultures.Current, cancellationToken);
        return profile is null ? NotFound() : View(profile);
    }

    [HttpGet("data.csv")]
    [OutputCache(PolicyName = PublicCache.CountryPage)]
    public Task<IActionResult> Csv(string iso2, CancellationToken cancellationToken) =>
        TableAsync(iso2, ExportFormat.Csv, cancellationToken);

    [HttpGet("data.xlsx")]
    [OutputCache(PolicyName = PublicCache.CountryPage)]
    public Task<IActionResult> Xlsx(string iso2, CancellationToken cancellationToken) =>
        TableAsync(iso2, ExportFormat.Xlsx, cancellationToken);

    [HttpGet("data.json")]
    [OutputCache(PolicyName = PublicCache.CountryPage)]
    public async Task<IActionResult> Json(string iso2, CancellationToken cancellationToken) =>
        Download(await exports.ProfileJsonAsync(iso2, SupportedCultures.Current, cancellationToken));

    /// <summary>A GET form, so that an answer can be bookmarked and shared; it changes nothing.</summary>
    [HttpGet("msme-check")]
    [OutputCache(PolicyName = PublicCache.CountryPage)]
    public async Task<IActionResult> Check(string iso2, [FromQuery] MsmeCheckInput input, CancellationToken cancellationToken)
    {
        var validation = await checkValidator.ValidateAsync(input, cancellationToken);
        validation.AddToModelState(ModelState);
        var model = await checks.CheckAsync(iso2, input, validation.IsValid, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    private async Task<IActionResult> TableAsync(string iso2, ExportFormat format, CancellationToken cancellationToken) =>
        Download(await exports.ObservationsAsync(iso2, format, SupportedCultures.Current, cancellationToken));

    private IActionResult Download(ExportFile? file) =>
        file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
}
