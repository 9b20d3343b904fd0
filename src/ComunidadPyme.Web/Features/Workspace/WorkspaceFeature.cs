using ComunidadPyme.Infrastructure.Files;
using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Web.Features.Workspace.Admin.Cycles;
using ComunidadPyme.Web.Features.Workspace.Admin.Principles;
using ComunidadPyme.Web.Features.Workspace.Common;
using ComunidadPyme.Web.Features.Workspace.Confirmations;
using ComunidadPyme.Web.Features.Workspace.Dashboard;
using ComunidadPyme.Web.Features.Workspace.Definitions;
using ComunidadPyme.Web.Features.Workspace.FocalPoints;
using ComunidadPyme.Web.Features.Workspace.History;
using ComunidadPyme.Web.Features.Workspace.Institutions;
using ComunidadPyme.Web.Features.Workspace.Laws;
using ComunidadPyme.Web.Features.Workspace.Profile;
using ComunidadPyme.Web.Features.Workspace.Progress;
using ComunidadPyme.Web.Features.Workspace.Programmes;

namespace ComunidadPyme.Web.Features.Workspace;

public static class WorkspaceFeature
{
    public static IServiceCollection AddWorkspaceFeature(this IServiceCollection services)
    {
        services.AddTransient(typeof(WorkspaceText<>));
        services.AddScoped<WorkspaceCountryDirectory>();
        services.AddScoped<VersionedSaver>();
        services.AddScoped<SectionConfirmationService>();
        services.AddScoped<Problems.ProblemTicketService>();
        services.AddScoped<WorkspaceUrls>();
        services.AddScoped<DashboardService>();
        services.AddScoped<InstitutionEditor>();
        services.AddScoped<FocalPointEditor>();
        services.AddScoped<ProfileEditor>();
        services.AddScoped<ProgrammeEditor>();
        services.AddScoped<DefinitionEditor>();
        services.AddScoped<LawEditor>();
        services.AddScoped<LawDocumentFiles>();
        services.AddScoped<ProgressEditor>();
        services.AddScoped<ProgressChoices>();
        services.AddScoped<HistoryService>();
        services.AddScoped<HistoryFieldLabels>();
        services.AddScoped<HistoryValues>();
        services.AddScoped<HistoryRecordNames>();
        services.AddScoped<PrincipleEditor>();
        services.AddScoped<CycleEditor>();
        services.AddScoped<CycleCarryForward>();
        services.AddScoped<VersionRestorer>();
        services.AddSingleton<DocumentStore>();

        return services;
    }
}
