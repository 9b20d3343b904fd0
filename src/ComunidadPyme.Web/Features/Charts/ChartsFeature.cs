namespace ComunidadPyme.Web.Features.Charts;

public static class ChartsFeature
{
    public static IServiceCollection AddChartsFeature(this IServiceCollection services)
    {
        services.AddScoped<ChartFactory>();
        services.AddScoped<SeriesChartEvents>();
        services.AddScoped<SeriesChartService>();
        return services;
    }
}
