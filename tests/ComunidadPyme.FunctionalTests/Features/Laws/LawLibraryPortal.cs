using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Legal;
using ComunidadPyme.FunctionalTests.Support;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComunidadPyme.FunctionalTests.Features.Laws;

/// <summary>
/// A portal whose library also holds a Spanish instrument about "regulación" (the sample data have none),
/// saved through <see cref="AppDbContext"/> like any edit, so the index learns of it from the save.
/// </summary>
public sealed class LawLibraryPortal : PortalFactory, IAsyncLifetime
{
    public const string RegulationTitle = "Ley de regulación de la empresa familiar";

    public int RegulationId { get; private set; }

    public async Task InitializeAsync()
    {
        _ = CreateClient();
        var law = await WriteAsync(async db =>
        {
            var uruguay = await db.Countries.SingleAsync(c => c.Iso2 == "UY");
            var instrument = new LegalInstrument
            {
                CountryId = uruguay.Id,
                Type = LegalInstrumentType.Law,
                OfficialNumber = "Ley 99.001",
                Title = TranslatableText.In("es", RegulationTitle),
                Summary = TranslatableText.In("es", "Establece la regulación aplicable a las empresas familiares <b>pequeñas</b>."),
                Topics = LegalTopics.FormalisationAndRegistration,
                EnactedOn = new DateOnly(1999, 5, 4),
            };
            db.LegalInstruments.Add(instrument);
            await db.SaveChangesAsync();
            return instrument;
        });
        RegulationId = law.Id;
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public async Task<T> WriteAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public Task<int> IdOfAsync(string officialNumber) =>
        WriteAsync(db => db.LegalInstruments.Where(l => l.OfficialNumber == officialNumber).Select(l => l.Id).SingleAsync());
}
