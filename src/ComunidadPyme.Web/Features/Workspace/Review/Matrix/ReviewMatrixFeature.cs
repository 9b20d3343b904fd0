using ComunidadPyme.Web.Features.Progress;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComunidadPyme.Web.Features.Workspace.Review.Matrix;

public static class ReviewMatrixFeature
{
    /// <summary>The reviewers' matrix reads through the public matrix's service, with every report of a cycle.</summary>
    public static IServiceCollection AddReviewMatrixFeature(this IServiceCollection services)
    {
        services.TryAddScoped<ProgressMatrixService>();
        return services;
    }
}
