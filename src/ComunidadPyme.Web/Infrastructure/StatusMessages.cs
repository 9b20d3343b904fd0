using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace ComunidadPyme.Web.Infrastructure;

/// <summary>
/// The one message shown after a redirect ("Saved.", "The account has been disabled."): set by any controller
/// or page before it redirects, shown once by the layout of the page it leads to (the <c>_StatusMessages</c>
/// partial) for a signed-in person. Kept in TempData, so it survives exactly one redirect.
/// </summary>
public static class StatusMessages
{
    private const string Key = "StatusMessage";

    public static void SetStatusMessage(this ITempDataDictionary tempData, string message) => tempData[Key] = message;

    /// <summary>The message, removed as it is read, so that of the layouts rendering the partial only the first shows it.</summary>
    public static string? TakeStatusMessage(this ITempDataDictionary tempData)
    {
        var message = tempData[Key] as string;
        tempData.Remove(Key);
        return string.IsNullOrEmpty(message) ? null : message;
    }
}
