using ComunidadPyme.Core.Countries;
using ComunidadPyme.Web.Features.Workspace.History;

namespace ComunidadPyme.UnitTests.Web.Features.Workspace.History;

public sealed class AuditValueParserTests
{
    [Fact]
    public void ReadsBackWhatTheAuditTrailWrites()
    {
        Assert.True(AuditValueParser.TryParse("2024-03-01", typeof(DateOnly?), out var date));
        Assert.Equal(new DateOnly(2024, 3, 1), date);
        Assert.True(AuditValueParser.TryParse("2024-03-01 10:20:30", typeof(DateTime), out var time));
        Assert.Equal(new DateTime(2024, 3, 1, 10, 20, 30, DateTimeKind.Utc), time);
        Assert.True(AuditValueParser.TryParse("0.1", typeof(decimal?), out var weight));
        Assert.Equal(0.1m, weight);
        Assert.True(AuditValueParser.TryParse("MinistryUnit", typeof(InstitutionKind), out var kind));
        Assert.Equal(InstitutionKind.MinistryUnit, kind);
        Assert.True(AuditValueParser.TryParse("Name, Email", typeof(ContactFields), out var fields));
        Assert.Equal(ContactFields.Name | ContactFields.Email, fields);
        Assert.True(AuditValueParser.TryParse("True", typeof(bool), out var flag));
        Assert.Equal(true, flag);
    }

    [Fact]
    public void ANullIsAcceptedOnlyWhereTheFieldMayBeEmpty()
    {
        Assert.True(AuditValueParser.TryParse(null, typeof(string), out _));
        Assert.True(AuditValueParser.TryParse(null, typeof(int?), out _));
        Assert.False(AuditValueParser.TryParse(null, typeof(int), out _));
    }

    [Theory]
    [InlineData("not a date", typeof(DateOnly))]
    [InlineData("12,5", typeof(decimal))]
    [InlineData("NoSuchKind", typeof(InstitutionKind))]
    [InlineData("1, 2", typeof(List<string>))]
    public void RefusesWhatItCannotRead(string text, Type type)
    {
        Assert.False(AuditValueParser.TryParse(text, type, out _));
    }
}
