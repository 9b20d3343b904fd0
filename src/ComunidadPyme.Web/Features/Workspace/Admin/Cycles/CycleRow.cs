using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Principles;

namespace ComunidadPyme.Web.Features.Workspace.Admin.Cycles;

public sealed record CycleRow(int Id, LocalizedText Name, DateOnly OpensOn, DateOnly SubmissionDeadline, ReportingCycleStatus Status, int Reports);
