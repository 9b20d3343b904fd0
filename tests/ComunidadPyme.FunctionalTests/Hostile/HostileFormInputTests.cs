using Xunit.Abstractions;

namespace ComunidadPyme.FunctionalTests.Hostile;

/// <summary>
/// hostile-inputs.json typed into every text field of Brazil's workspace forms and of the administration forms
/// (markup that cleans to nothing, whitespace, 100,000 characters everywhere; the whole corpus in the law
/// summary and the institution name), then the database and a restart on it.
/// </summary>
public sealed class HostileFormInputTests(HostileFormRun run, ITestOutputHelper output) : IClassFixture<HostileFormRun>
{
    [Fact]
    public void EveryFormSavesOrRefusesHostileTextWithoutAServerError()
    {
        output.WriteLine($"{run.FormsTried.Count} forms, {run.Duration.TotalSeconds:N0} s with the checks and the restart:");
        output.WriteLine(string.Join(Environment.NewLine, run.FormsTried));
        Assert.True(run.FormsTried.Count >= HostileFormPages.All.Count - 1, "Some forms were not found:\n" + string.Join("\n", run.FormsTried));
        Assert.True(run.PostFailures.Count == 0, Report("form | field | input: outcome", run.PostFailures));
    }

    [Fact]
    public void NoStoredTextIsEmptyActiveOrOverlong() =>
        Assert.True(run.StoredProblems.Count == 0, Report("what the database kept", run.StoredProblems));

    [Fact]
    public void ThePortalStartsAgainOnWhatTheFormsSaved() =>
        Assert.True(run.RestartFailures.Count == 0, Report("after stopping the portal and starting it again on its data", run.RestartFailures));

    /// <summary>A count per form first (after a first failure, one defect may fail every later post of a form), then each problem.</summary>
    private static string Report(string heading, List<string> failures) =>
        $"{failures.Count} problems, {heading}.\n"
        + string.Join("\n", failures.GroupBy(f => f.Contains(" | ", StringComparison.Ordinal) ? f.Split(" | ")[0] : "other").Select(g => $"  {g.Count(),5}  {g.Key}"))
        + "\n\n" + string.Join("\n", failures);
}
