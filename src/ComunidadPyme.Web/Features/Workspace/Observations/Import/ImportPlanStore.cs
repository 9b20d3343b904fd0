using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using ComunidadPyme.Infrastructure.Options;
using Microsoft.Extensions.Options;

namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

/// <summary>
/// Keeps import plans between preview and confirmation as files in {DataDirectory}/imports, named by a
/// random id. A plan is handed back only to the person who made it, for the same country, within the hour.
/// </summary>
public sealed partial class ImportPlanStore(IOptions<StorageOptions> storage, TimeProvider clock, ILogger<ImportPlanStore> logger)
{
    private string Folder => Path.Combine(storage.Value.DataDirectory, "imports");

    public static string NewId() => RandomNumberGenerator.GetHexString(32, lowercase: true);

    public async Task SaveAsync(ImportPlan plan, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        RemoveExpired();
        await using var file = File.Create(PathOf(plan.Id));
        await JsonSerializer.SerializeAsync(file, plan, cancellationToken: cancellationToken);
    }

    public async Task<ImportPlan?> FindAsync(string id, string userId, int countryId, CancellationToken cancellationToken)
    {
        if (!IdPattern().IsMatch(id) || !File.Exists(PathOf(id)))
        {
            return null;
        }

        ImportPlan? plan;
        try
        {
            await using var file = File.OpenRead(PathOf(id));
            plan = await JsonSerializer.DeserializeAsync<ImportPlan>(file, cancellationToken: cancellationToken);
        }
        catch (JsonException ex)
        {
            logger.LogWarning(ex, "Import plan {PlanId} is unreadable and is discarded", id);
            plan = null;
        }

        if (plan is null || plan.ExpiresAtUtc < clock.GetUtcNow().UtcDateTime)
        {
            Delete(id);
            return null;
        }

        return plan.UserId == userId && plan.CountryId == countryId ? plan : null;
    }

    public void Delete(string id)
    {
        if (IdPattern().IsMatch(id))
        {
            File.Delete(PathOf(id));
        }
    }

    private string PathOf(string id) => Path.Combine(Folder, id + ".json");

    private void RemoveExpired()
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - ImportLimits.PreviewLifetime;
        foreach (var file in new DirectoryInfo(Folder).EnumerateFiles("*.json").Where(f => f.LastWriteTimeUtc < cutoff))
        {
            try
            {
                file.Delete();
            }
            catch (IOException ex)
            {
                logger.LogWarning(ex, "Expired import plan {File} could not be removed", file.Name);
            }
        }
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex IdPattern();
}
