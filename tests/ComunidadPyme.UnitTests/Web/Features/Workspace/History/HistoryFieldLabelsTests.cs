using System.Globalization;
using ComunidadPyme.Core.Auditing;
using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Infrastructure.Data.Changes;
using ComunidadPyme.Web.Features.Workspace;
using ComunidadPyme.Web.Features.Workspace.History;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace ComunidadPyme.UnitTests.Web.Features.Workspace.History;

/// <summary>
/// Every field the audit trail records, of every audited record, has a label in each language, so a history never
/// shows a property name; a new field without one fails here. The fields are read from the real model, as the
/// audit trail reads them: properties but keys and stamps, the parts of texts, and the collections that belong to a record.
/// </summary>
public sealed class HistoryFieldLabelsTests
{
    private static readonly HashSet<string> s_unaudited =
    [
        nameof(IVersioned.Version), nameof(ITracksChanges.CreatedAtUtc), nameof(ITracksChanges.CreatedBy),
        nameof(ITracksChanges.UpdatedAtUtc), nameof(ITracksChanges.UpdatedBy),
    ];

    private static readonly IStringLocalizerFactory s_factory =
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);

    private static readonly HistoryFieldLabels s_labels = new(s_factory, new WorkspaceText<WorkspaceHistoryResource>(s_factory));

    [Fact]
    public void EveryAuditedFieldHasALabel()
    {
        var unnamed = AuditedFields()
            .Where(f => HistoryFieldLabels.KeyOf(f.Type.ClrType, f.Field) is null
                        || (f.Text is { } text && HistoryFieldLabels.PartKeyOf(text, f.Field.Split('.')[1]) is null))
            .Select(f => $"{f.Type.ClrType.Name}.{f.Field}");

        Assert.Empty(unnamed);
    }

    [Theory]
    [InlineData("es")]
    [InlineData("pt")]
    [InlineData("fr")]
    public void EveryAuditedFieldsLabelIsTranslated(string language)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(language);
        try
        {
            var untranslated = AuditedFields()
                .Where(f => s_labels.Of(f.Type.ClrType, f.Field, f.Text).ResourceNotFound)
                .Select(f => $"{f.Type.ClrType.Name}.{f.Field}");

            Assert.Empty(untranslated);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void ReadsAsTheFormsLabelInTheReadersLanguage()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("es");
        try
        {
            Assert.Equal("Teléfono", s_labels.Of(typeof(FocalPoint), nameof(FocalPoint.Phone)).Value);
            Assert.Equal("Nombre (Traducción al español)", s_labels.Of(typeof(Institution), "Name.Es", typeof(TranslatableText)).Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void AFieldWithoutALabelReadsAsItsHumanizedName()
    {
        var label = s_labels.Of(typeof(FocalPoint), "SomeNewField");

        Assert.Equal("Some new field", label.Value);
        Assert.True(label.ResourceNotFound);
    }

    [Fact]
    public void FindsTheAuditedFieldsOfTheModel()
    {
        var fields = AuditedFields().Select(f => $"{f.Type.ClrType.Name}.{f.Field}").ToList();

        Assert.Contains("FocalPoint.Phone", fields);
        Assert.Contains("Institution.Name.Original", fields);
        Assert.Contains("MsmeDefinition.Thresholds", fields);
        Assert.DoesNotContain("FocalPoint.Version", fields);
    }

    /// <summary>What the audit trail writes as <see cref="AuditFieldChange.Field"/> for each audited entity type.</summary>
    private static IEnumerable<(IEntityType Type, string Field, Type? Text)> AuditedFields()
    {
        using var db = new AppDbContext(
            new DbContextOptionsBuilder<AppDbContext>().UseSqlite("Data Source=:memory:").Options,
            Mock.Of<ICurrentUser>(), TimeProvider.System, new CountryChangeNotifier([], NullLogger<CountryChangeNotifier>.Instance));
        var types = db.Model.GetEntityTypes().ToList();
        var fields = new List<(IEntityType, string, Type?)>();
        foreach (var type in types.Where(t => typeof(IAudited).IsAssignableFrom(t.ClrType)))
        {
            fields.AddRange(type.GetProperties()
                .Where(p => !p.IsPrimaryKey() && !s_unaudited.Contains(p.Name))
                .Select(p => (type, p.Name, (Type?)null)));
            fields.AddRange(type.GetComplexProperties()
                .Where(c => !c.IsCollection)
                .SelectMany(c => c.ComplexType.GetProperties().Select(m => (type, $"{c.Name}.{m.Name}", (Type?)c.ClrType))));
            fields.AddRange(types
                .Where(part => !typeof(IAudited).IsAssignableFrom(part.ClrType) && part.ClrType != typeof(AuditEntry))
                .SelectMany(part => part.GetForeignKeys())
                .Where(k => k.PrincipalEntityType == type && k.DeleteBehavior == DeleteBehavior.Cascade && k.Properties.Count == 1)
                .Select(k => k.PrincipalToDependent?.Name ?? k.GetReferencingSkipNavigations().FirstOrDefault()?.Name)
                .OfType<string>()
                .Select(name => (type, name, (Type?)null)));
        }

        return fields;
    }
}
